# -m set (revision 4): counter tests (--packets-*/--bytes-*: one per counter, only eq inverts, u64
# values) and libxt_set's own words for '! --return-nomatch'; ip6tables -m ipvs --vaddr is IPv6.
iptables -A INPUT -m set ! --return-nomatch
iptables -A INPUT -m set --return-nomatch
iptables -A INPUT -m set --packets-eq 5
iptables -A INPUT -m set ! --packets-eq 5
iptables -A INPUT -m set --packets-lt 5 --packets-gt 6
iptables -A INPUT -m set --bytes-eq x
iptables -A INPUT -m set ! --bytes-lt 5
iptables -A INPUT -m set ! --bytes-gt 18446744073709551616
iptables -A INPUT -m set --update-counters --update-counters
iptables -A INPUT -m set ! --update-counters ! --update-subcounters
iptables -A INPUT -m set --match-set a src --match-set b dst
iptables -A INPUT -m set --match-set a src,dst,src,dst,src,dst,src
iptables -A INPUT -m set --match-set a foo
iptables-legacy -A INPUT -m set ! --return-nomatch
ip6tables -A INPUT -m ipvs --vaddr 10.0.0.0/8 --vdir 0x
ip6tables -A INPUT -m ipvs --vaddr ::1/129
ip6tables -A INPUT -m ipvs --vaddr a::/64 --vport 5
ip6tables -S INPUT
iptables -A INPUT -m set --packets-eq 1 ! --packets-lt 5
iptables -A INPUT -m set ! --packets-gt 1 --packets-eq 5
iptables -A INPUT -m set --bytes-eq 18446744073709551615 --packets-eq 0x10 --match-set a src
iptables -A INPUT -m set --bytes-eq 18446744073709551616
iptables -A INPUT -m set --bytes-eq " 5"
iptables -A INPUT -m set --bytes-eq -1
iptables -A INPUT -m set ! --bytes-eq 010 --match-set a src
