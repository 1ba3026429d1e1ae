iptables-translate -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff
iptables-translate -t mangle -A PREROUTING -j CONNMARK --restore-mark --ctmask 0xff
iptables-translate -A INPUT -m connlimit --connlimit-upto 3 --connlimit-mask 24 --connlimit-daddr -j DROP
iptables-translate -A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 24 -j DROP
iptables-translate -A INPUT -p tcp --syn --dport 22 -m connlimit --connlimit-above 2 -j REJECT --reject-with tcp-reset
iptables-translate -A INPUT -i eth0 -s 10.0.0.0/8 -p tcp -f -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctstate NEW,ESTABLISHED,RELATED,INVALID,UNTRACKED -j DROP
iptables-translate -A INPUT -j LOG --log-macdecode
iptables-translate -A INPUT -j LOG --log-tcp-options
iptables-translate -A INPUT -j LOG --log-level 4 --log-prefix "a\"b"
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4 --random
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:80 --persistent
iptables-translate -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80 --random
iptables-translate -t nat -A PREROUTING -p udp -j REDIRECT
iptables-translate -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 53 --random
iptables-translate -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2048 --random
iptables-translate -t mangle -A PREROUTING -j MARK --and-mark 0xff
iptables-translate -t mangle -A PREROUTING -j MARK --or-mark 0x1
iptables-translate -t mangle -A PREROUTING -j MARK --xor-mark 0x1
iptables-translate -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
iptables-translate -A INPUT -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT
iptables-translate -A INPUT -m addrtype --dst-type LOCAL,BROADCAST -j ACCEPT
iptables-translate -A OUTPUT -m owner --uid-owner root -j ACCEPT
iptables-translate -A OUTPUT -m owner --gid-owner 0 ! --uid-owner 5 -j ACCEPT
iptables-translate -A INPUT -m pkttype ! --pkt-type multicast -j ACCEPT
iptables-translate -A INPUT -m length ! --length 100 -j ACCEPT
iptables-translate -A INPUT -m ttl --ttl-eq 64 -j ACCEPT
iptables-translate -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
iptables-translate -A INPUT -m ttl --ttl-gt 64 -j ACCEPT
iptables-translate -A INPUT -m mac ! --mac-source AA:BB:CC:DD:EE:FF -j ACCEPT
iptables-translate -A INPUT -m iprange ! --src-range 1.1.1.1-1.1.1.9 --dst-range 2.2.2.1-2.2.2.9 -j ACCEPT
iptables-translate -A INPUT -m mark --mark 0x10/0xf0 -j ACCEPT
iptables-translate -A INPUT -m mark ! --mark 0x10/0xf0 -j ACCEPT
iptables-translate -A INPUT -p udp -m multiport ! --sports 1:5,7 -j ACCEPT
iptables-translate -A INPUT -p udp -m multiport --dports 53 -m udp --sport 53 -j ACCEPT
iptables-translate -A INPUT -p tcp -m tcp --dport 22 -m comment --comment 'ssh "in"' -j ACCEPT
iptables-translate -A INPUT -m comment --comment ssh -j ACCEPT
iptables-translate -A INPUT -d 10.0.0.0/255.255.0.0 -j ACCEPT
iptables-translate -A INPUT -d 10.0.0.0/255.0.255.0 -j ACCEPT
iptables-translate -A INPUT ! -o lo -j ACCEPT
iptables-translate -A INPUT -s 0.0.0.0/0 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type destination-unreachable -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 13 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 42 -j ACCEPT
iptables-translate -A INPUT -p udp -j ACCEPT
iptables-translate -A INPUT -p sctp -j ACCEPT
iptables-translate -A INPUT -p tcp -m tcp -j ACCEPT
iptables-translate -A INPUT -p ipv6-icmp -j ACCEPT
iptables-translate -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j MASQUERADE
iptables-translate -t bogus -A INPUT -j ACCEPT
iptables-translate -A NOSUCH -j ACCEPT
iptables-translate -t nat -A INPUT -j DROP
iptables-translate -A INPUT -m limit --limit 5/second -j ACCEPT
iptables-translate -A INPUT -m limit -j ACCEPT
iptables-translate -I INPUT -s 1.1.1.1,2.2.2.2 -j DROP
iptables-translate -A INPUT -d 1.1.1.1,2.2.2.2 -j DROP
iptables-translate -h | head -3
ip6tables-translate -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 -j ACCEPT
ip6tables-translate -A INPUT -p udp -m multiport --dports 53,123 -s fe80::/10 ! -d ::1 -j ACCEPT
ip6tables-translate -A INPUT -i lo -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-translate -A INPUT -j REJECT
ip6tables-translate -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables-translate -h
iptables-translate -A INPUT -p tcp --dport 22 -j ACCPT
iptables-translate -A INPUT -p tcp --dport 22 -j ACCEPT extra
iptables-translate -t nat -A PREROUTING -j MASQUERADE
iptables-translate -A INPUT -m nosuch -j ACCEPT
iptables-translate -4 -A INPUT -j ACCEPT
iptables-translate -A INPUT -p tcp -m tcp --dport 22 -m tcp --sport 1 -j ACCEPT
iptables-translate -A INPUT -j ACCEPT -v
iptables-translate -A INPUT -c 5 6 -j ACCEPT
iptables-translate -A INPUT -w -j ACCEPT
iptables-translate --version
iptables-translate -L -n -v
iptables-translate -S INPUT 1
iptables-translate -A INPUT -s host.invalid -j ACCEPT
iptables-translate -A INPUT -s localhost -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables-translate -A INPUT -p ipv6-icmp --icmpv6-type 135 -j ACCEPT
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type neighbour-advertisement -m hl --hl-eq 255 -j ACCEPT
ip6tables-translate -A INPUT -p tcp -j ACCEPT
ip6tables-translate -A INPUT ! -p udp -j ACCEPT
ip6tables-translate -A INPUT -s ::1 -d fe80::/64 -j ACCEPT
ip6tables-translate -A INPUT -s 2001:db8::1,2001:db8::2 -j DROP
ip6tables-translate -A INPUT -p tcp --syn -m conntrack --ctstate NEW -j ACCEPT
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-port-unreachable
ip6tables-translate -A INPUT -j REJECT --reject-with tcp-reset -p tcp
ip6tables-translate -A INPUT -j LOG --log-prefix "v6 "
ip6tables-translate -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [fd00::1]:8080
ip6tables-translate -t nat -A POSTROUTING -j SNAT --to-source fd00::2
ip6tables-translate -A INPUT -m frag --fragmore -j DROP
ip6tables-translate -A INPUT -m rt --rt-type 0 -j DROP
ip6tables-translate -A INPUT -m hl --hl-lt 5 -j DROP
ip6tables-translate -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
ip6tables-translate -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables-translate -A INPUT -m connlimit --connlimit-above 2 -j DROP
ip6tables-translate -t mangle -A PREROUTING -j HL --hl-set 64
ip6tables-translate -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
