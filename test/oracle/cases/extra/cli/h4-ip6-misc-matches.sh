# other matches and targets engineers reach for on IPv6 hosts
ip6tables -A INPUT -m iprange --src-range 2001:db8::10-2001:db8::20 -j ACCEPT
ip6tables -A INPUT -m iprange ! --dst-range fd00::1-fd00::ff -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
ip6tables -A INPUT -m addrtype --dst-type MULTICAST -j ACCEPT
ip6tables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT
ip6tables -A INPUT -m addrtype --dst-type BROADCAST -j DROP
ip6tables -A INPUT -m length --length 1280:65535 -j ACCEPT
ip6tables -A INPUT -m dscp --dscp-class EF -j ACCEPT
ip6tables -A INPUT -m tos --tos 0x10 -j ACCEPT
ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1220
ip6tables -t mangle -A OUTPUT -j DSCP --set-dscp-class AF41
ip6tables -t mangle -A OUTPUT -j TOS --set-tos 0x08
ip6tables -t mangle -A PREROUTING -j HL --hl-inc 1
ip6tables -t mangle -A PREROUTING -j HL --hl-set 0
ip6tables -t mangle -A PREROUTING -j HL --hl-dec 0
ip6tables -t mangle -A PREROUTING -j HL --hl-set 256
ip6tables -t mangle -A PREROUTING -j HL
ip6tables -t filter -A INPUT -j HL --hl-set 64
ip6tables -A OUTPUT -m owner --uid-owner 0 -p udp --dport 53 -j ACCEPT
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::1 --tunnel-dst 2001:db8::2 -j ACCEPT
ip6tables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 10.0.0.1 -j ACCEPT
ip6tables -A INPUT -m mac --mac-source 52:54:00:12:34:56 -j ACCEPT
ip6tables -A INPUT -m comment --comment "allow DHCPv6 client" -p udp --dport 546 -j ACCEPT
ip6tables -A INPUT -m socket --transparent -j ACCEPT
ip6tables -A INPUT -p tcp -m tcp --syn -m tcpmss --mss 1000:1400 -j ACCEPT
ip6tables -A INPUT -m pkttype --pkt-type multicast -j ACCEPT
ip6tables -A INPUT -m mark --mark 0x1/0xff -j ACCEPT
ip6tables -A INPUT -p sctp --dport 9 -j ACCEPT
ip6tables -A INPUT -p udplite -j ACCEPT
ip6tables -A INPUT -p 41 -j ACCEPT
ip6tables -A INPUT -p ipv6 -j ACCEPT
ip6tables -A INPUT -p ipv6-nonxt -j ACCEPT
ip6tables -A INPUT -p ipv6-frag -j ACCEPT
ip6tables -A INPUT -p ipv6-route -j ACCEPT
ip6tables -A INPUT -p ipv6-opts -j ACCEPT
ip6tables -A INPUT -p hopopt -j ACCEPT
ip6tables -A INPUT -p 0 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -t mangle -S
ip6tables -t mangle -L -n -v
