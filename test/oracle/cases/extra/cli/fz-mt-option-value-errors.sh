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
