# ip6tables-legacy 1.8.9 -C builds its compare mask with the IPv4 entry size, so most match data is not compared (dport 5 finds dport 6) while some is (comments, strings, physdev names), and a missing rule with a target extension or jump answers ENOENT; -D is exact
ip6tables-legacy -A INPUT -p icmpv6 --icmpv6-type 128/0
ip6tables-legacy -C INPUT -p icmpv6 --icmpv6-type 128; echo $?
ip6tables-legacy -C INPUT -p icmpv6 --icmpv6-type 128/1; echo $?
ip6tables-legacy -C INPUT -p icmpv6 --icmpv6-type 129/0; echo $?
ip6tables-legacy -C INPUT -p icmpv6 ! --icmpv6-type 128/0; echo $?
ip6tables-legacy -C INPUT -p icmpv6; echo $?
ip6tables-legacy -C INPUT -p icmpv6 --icmpv6-type 1; echo $?
ip6tables-legacy -S INPUT
ip6tables-legacy -F INPUT
ip6tables-legacy -A INPUT -p icmpv6
ip6tables-legacy -C INPUT -p icmpv6 --icmpv6-type 1; echo $?
ip6tables-legacy -F INPUT
ip6tables-legacy -A INPUT -p icmpv6 --icmpv6-type 5
ip6tables-legacy -C INPUT -p icmpv6 --icmpv6-type 7; echo $?
ip6tables-legacy -C INPUT -p tcp; echo $?
iptables-legacy -A INPUT -p icmp --icmp-type 8/0
ip6tables-legacy -A FORWARD -p tcp --dport 5 -j LOG --log-prefix a
ip6tables-legacy -C FORWARD -p tcp --dport 6 -j LOG --log-prefix b; echo $?
ip6tables-legacy -C FORWARD -p tcp --dport 6 -j LOG --log-prefix a; echo $?
ip6tables-legacy -A FORWARD -p udp --dport 5 -j MARK --set-mark 1
ip6tables-legacy -t mangle -A FORWARD -p udp --dport 5 -j MARK --set-mark 1
ip6tables-legacy -t mangle -C FORWARD -p udp --dport 7 -j MARK --set-mark 2; echo $?
ip6tables-legacy -D FORWARD -p tcp --dport 99 -j LOG --log-prefix a; echo $?
ip6tables-legacy -D FORWARD -m comment --comment zz; echo $?
ip6tables-legacy -S FORWARD
ip6tables-legacy -N c1
ip6tables-legacy -N c2
ip6tables-legacy -A INPUT -p tcp --dport 5 -j ACCEPT
ip6tables-legacy -C INPUT -p tcp --dport 6 -j DROP; echo $?
ip6tables-legacy -C INPUT -p tcp --dport 6 -j c1; echo $?
ip6tables-legacy -C INPUT -p tcp --dport 6; echo $?
ip6tables-legacy -C INPUT -p tcp --dport 6 -j LOG; echo $?
ip6tables-legacy -C INPUT -p udp --dport 5 -j ACCEPT; echo $?
ip6tables-legacy -C INPUT -p tcp -m tcp --dport 5 -j ACCEPT; echo $?
ip6tables-legacy -A INPUT -j c1
ip6tables-legacy -C INPUT -j c2; echo $?
ip6tables-legacy -C INPUT -g c1; echo $?
ip6tables-legacy -C INPUT -j ACCEPT; echo $?
ip6tables-legacy -A OUTPUT -p tcp --dport 1 -m comment --comment aa -j ACCEPT
ip6tables-legacy -C OUTPUT -p tcp --dport 2 -m comment --comment aa -j ACCEPT; echo $?
ip6tables-legacy -C OUTPUT -p tcp --dport 1 -m comment --comment bb -j ACCEPT; echo $?
ip6tables-legacy -A OUTPUT -m string --algo bm --string aa
ip6tables-legacy -C OUTPUT -m string --algo bm --string bb; echo $?
ip6tables-legacy -A OUTPUT -m conntrack --ctstate NEW
ip6tables-legacy -C OUTPUT -m conntrack --ctstate INVALID; echo $?
ip6tables-legacy -A OUTPUT -m recent --name aa --rcheck
ip6tables-legacy -C OUTPUT -m recent --name bb --rcheck; echo $?
ip6tables-legacy -A OUTPUT -m physdev --physdev-in aa
ip6tables-legacy -C OUTPUT -m physdev --physdev-in bb; echo $?
ip6tables-legacy -A OUTPUT -m multiport -p udp --dports 1,2
ip6tables-legacy -C OUTPUT -m multiport -p udp --dports 3,4; echo $?
