# counters on an ip6tables rule set loaded with -c: zeroing, listing, saving
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [1200:345678]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [900:123456]
:LOGDROP - [0:0]
[800:90000] -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
[12:960] -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 135 -j ACCEPT
[11:880] -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 136 -j ACCEPT
[3:240] -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 128 -j ACCEPT
[99999999:12345678901] -A INPUT -s 2001:db8::/32 -j LOGDROP
[7:420] -A LOGDROP -j LOG --log-prefix "DROP6 "
[7:420] -A LOGDROP -j DROP
COMMIT
EOF
ip6tables -L -v
ip6tables -L -v -n -x
ip6tables -S -v
ip6tables-save -c | grep -v '^#'
ip6tables -Z INPUT 2
ip6tables -L INPUT -v -n
ip6tables -L -Z LOGDROP -v -n
ip6tables -L LOGDROP -v -n
ip6tables -Z
ip6tables-save -c | grep -v '^#'
ip6tables -E LOGDROP LOG_DROP6
ip6tables -X LOG_DROP6
ip6tables -D INPUT 5
ip6tables -X LOG_DROP6
ip6tables -S
