iptables -A INPUT -m conntrack --ctorigsrc 127.0.0.1 --ctorigdst 127.0.0.0/8 --ctreplsrc 10.0.0.1 --ctorigsrcport 22 --ctorigdstport 80:443 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 127.0.0.1 --tunnel-dst 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -m iprange --src-range 127.0.0.1-127.0.0.2 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443,8080 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --ports 53,domain:ntp -j ACCEPT
iptables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
iptables -A INPUT -p sctp --dport 80 -j ACCEPT
iptables -A INPUT -p dccp --sport 22 -j ACCEPT
iptables -A INPUT -p udp --sport 53 --dport 1024:65535 -j ACCEPT
iptables -A INPUT -p tcp --sport 0:1023 --dport 6000:6010 -j ACCEPT
iptables -A INPUT -p tcp --dport 0 -j ACCEPT
iptables -A INPUT -p tcp --dport 65535 -j ACCEPT
iptables -A INPUT -m recent --name x --set --mask 255.255.255.0 -j ACCEPT
iptables -A INPUT -s 127.0.0.1 -d 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -s 127.0.0.2 -j ACCEPT
iptables -A INPUT -s 0.0.0.0/1 -j ACCEPT
iptables -t nat -A PREROUTING -p tcp --dport 2222 -j DNAT --to-destination 127.0.0.1:22
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 127.0.0.1-127.0.0.3:80-81
iptables -t nat -A POSTROUTING -s 127.0.0.0/8 -j SNAT --to-source 127.0.0.1
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -d 127.0.0.0/8 -j NETMAP --to 127.1.0.0/16
iptables -t mangle -A PREROUTING -j TEE --gateway 127.0.0.1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 127.0.0.1
iptables -L INPUT
iptables -L INPUT --line-numbers
iptables -t nat -L
iptables -t mangle -L PREROUTING
iptables -L INPUT -v
iptables -L INPUT -x -v --line-numbers
ip6tables -A INPUT -s ::1 -d ::1/128 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc ::1 -j ACCEPT
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src ::1 -j ACCEPT
ip6tables -A INPUT -m iprange --src-range ::1-::2 -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport --dports ssh,http -j ACCEPT
ip6tables -t mangle -A PREROUTING -j TEE --gateway ::1
ip6tables -t nat -A PREROUTING -p tcp --dport 2222 -j DNAT --to-destination [::1]:22
ip6tables -L INPUT
ip6tables -t mangle -L PREROUTING
ip6tables -t nat -L PREROUTING
