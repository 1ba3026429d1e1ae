ip6tables -P FORWARD DROP
ip6tables -A FORWARD -s 2001:DB8:0:0:387d:0:0:25d3 -d 2001:DB8:0:0:4ef9:0:0:80cf -j ACCEPT
ip6tables -A INPUT -s ::ffff:10.114.2.161 -p sctp -j DROP
ip6tables -A INPUT -s 1:0:0:0:0:0:0:0/16 -d 2001:db8::/129 -p icmp -m comment --comment "fz 97" -j DROP
ip6tables -A OUTPUT -s 2001:DB8:0:0:a790:0:0:c856 ! -d :: -m conntrack --ctstate NEW -j LOG --log-level info
ip6tables -A OUTPUT -s ::ffff:10.11.228.221 -p icmp -j REJECT
ip6tables -I OUTPUT 1 -s 2001:db8::/ffff:ffff:ffff:: -p all -j REJECT --reject-with icmp6-no-route
ip6tables -A OUTPUT -s ::ffff:10.196.80.214 -d fd20::/8 -p esp -m hashlimit --hashlimit-upto 31/sec --hashlimit-name h3 --hashlimit-mode srcip --hashlimit-srcmask 22 -j RETURN
ip6tables -I FORWARD 1 -p ipv6-icmp --icmpv6-type redirect -j REJECT
ip6tables -A FORWARD -s 2001:DB8:0:0:c6a8:0:0:e283 -p icmp -m conntrack --ctstate NEW -j LOG --log-prefix "v6 "
ip6tables -A INPUT -s 2001:db8::fac4,2001:db8::41e -p icmpv6 --icmpv6-type redirect -m conntrack --ctstate RELATED,ESTABLISHED,NEW -j RETURN
ip6tables -A FORWARD -s 2001:db8::8cf2,2001:db8::3e9c -i eth1 -j LOG --log-level 4
ip6tables -A OUTPUT -s 2001:db8:9af2::/64 ! -o br0 -p sctp -j ACCEPT
ip6tables -v -A FORWARD -s 2001:db8::1/ -i eth+ -p icmpv6 --icmpv6-type 3/0:6 -m comment --comment "fz 32" -j REJECT --reject-with adm-prohibited
ip6tables -A FORWARD -s 2001:db8::5956/114 -d 1:2:3:4:5:6:7:8 -p ipv6-icmp ! --icmpv6-type bad-header -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -L -n -v --line-numbers
ip6tables-save
ip6tables -D FORWARD -s 2001:DB8:0:0:387d:0:0:25d3 -d 2001:DB8:0:0:4ef9:0:0:80cf -j ACCEPT
ip6tables -C INPUT -s 1:0:0:0:0:0:0:0/16 -d 2001:db8::/129 -p icmp -m comment --comment "fz 97" -j DROP
ip6tables -D FORWARD -s 2001:DB8:0:0:c6a8:0:0:e283 -p icmp -m conntrack --ctstate NEW -j LOG --log-prefix "v6 "
ip6tables -D OUTPUT -s 2001:db8:9af2::/64 ! -o br0 -p sctp -j ACCEPT
ip6tables -C FORWARD -s 2001:db8::1/ -i eth+ -p icmpv6 --icmpv6-type 3/0:6 -m comment --comment "fz 32" -j REJECT --reject-with adm-prohibited
ip6tables -D FORWARD -s 2001:db8::5956/114 -d 1:2:3:4:5:6:7:8 -p ipv6-icmp ! --icmpv6-type bad-header -j ACCEPT
ip6tables -S
