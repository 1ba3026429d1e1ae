# Option values refused (or read) the way libxtables and the kernel do.
iptables -A INPUT -m ttl --ttl x
iptables -A INPUT -m ttl --ttl 300
iptables -A INPUT -m ttl --ttl 64
iptables -A INPUT -m connlimit --connlimit-mask 24x --connlimit-above 2
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask -1
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 33
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 255.255.0.0
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 255.0.255.0
iptables -A INPUT -p icmp --icmp-type 1:2:3
iptables -A INPUT -p icmp --icmp-type 1:2/x
iptables -A INPUT -p icmp --icmp-type 1:2/3
iptables -A INPUT -p icmp --icmp-type 3/1:2x
iptables -A INPUT -m hashlimit --hashlimit-upto -1 --hashlimit-name h
iptables -A INPUT -m hashlimit --hashlimit-above -5/min --hashlimit-name h
iptables -A INPUT -m connbytes --connbytes x --connbytes-dir both --connbytes-mode bytes
iptables -t raw -A PREROUTING -p tcp -j CT --timeout pol
iptables -t raw -A PREROUTING -j CT --timeout pol
iptables -t raw -A PREROUTING ! -p udp -j CT --timeout pol
iptables -S
iptables -t raw -S
ip6tables -A INPUT -m hl --hl x
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1:2:3
iptables -t mangle -A PREROUTING -j TEE --gateway -1
iptables -t mangle -A PREROUTING -j TEE --gateway 1:2:3
iptables -t mangle -A PREROUTING -j TEE --gateway 1.
iptables -t mangle -A PREROUTING -j TEE --gateway 300.1.1.1
iptables -t nat -A PREROUTING -j NETMAP --to ,1
iptables -A INPUT -m recent --set --mask 1.
ip6tables -t mangle -A PREROUTING -j TEE --gateway 99999999999
ip6tables -t mangle -A PREROUTING -j TEE --gateway 1..2
ip6tables -A INPUT -m conntrack --ctorigsrc 300.1.1.1
ip6tables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4.5
ip6tables -A INPUT -m ipv6header --header 010
ip6tables -A INPUT -m ipv6header --header 060
ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name a --hashlimit-srcmask ::1
ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask ffff:0:ffff::
ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask ffff:ffff::
iptables -A INPUT -m conntrack --ctorigsrc ::1
iptables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1
iptables -A INPUT -p udp --dport 4294967295
iptables -A INPUT -p udp --dport 2147483648
iptables -A INPUT -p udp --dport 2147483647
iptables -A INPUT -p udp --dport 65536
iptables -A INPUT -p udp --sport 18446744073709551616
iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 4294967296
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::/ffff:0:ffff::
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::/ffff:ffff::
ip6tables -t nat -S PREROUTING
iptables -t nat -A PREROUTING -j NETMAP --to 10.0.0.0/255.0.255.0
iptables -t nat -S PREROUTING
iptables -S INPUT
ip6tables -S INPUT
iptables -A FORWARD -m ttl ! --ttl 1
iptables -A FORWARD -p ah -m ah ! --ahres
iptables -A FORWARD -p ah -m ah --ahres
ip6tables -A FORWARD -m hl ! --hl 2
ip6tables -A FORWARD -m ah ! --ahres
iptables -S FORWARD
ip6tables -S FORWARD
iptables -v -A INPUT -p tcp -j SYNPROXY --wscale 270
iptables -v -A INPUT -p tcp -j SYNPROXY --mss 66996
iptables -S INPUT
iptables -C INPUT -p tcp -j SYNPROXY --wscale 14
