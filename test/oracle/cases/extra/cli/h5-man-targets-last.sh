iptables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1
iptables -t mangle -A PREROUTING -p udp --dport 53 -j TPROXY --on-port 5353 --on-ip 127.0.0.1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 0 --tproxy-mark 7
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port http --on-ip localhost
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --tproxy-mark 1
iptables -t mangle -A PREROUTING -j TPROXY --on-port 1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 65536
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 10.0.0.0/8
iptables -t mangle -A OUTPUT -p tcp -j TPROXY --on-port 1
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 127.0.0.1
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 0.0.0.0
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.1 --oif eth1
iptables -t mangle -A PREROUTING -i eth0 -j TEE
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.0/24
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A PREROUTING -j TOS --set-tos Minimize-Delay
iptables -t mangle -A PREROUTING -j TOS --set-tos maximize-throughput
iptables -t mangle -A PREROUTING -j TOS --set-tos Normal-Service
iptables -t mangle -A PREROUTING -j TOS --and-tos 0x0f
iptables -t mangle -A PREROUTING -j TOS --or-tos 0x08
iptables -t mangle -A PREROUTING -j TOS --xor-tos 0x04
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x100
iptables -t mangle -A PREROUTING -j TOS --set-tos Fast
iptables -t mangle -A PREROUTING -j TOS --set-tos 0/0
iptables -t mangle -A PREROUTING -j TOS --and-tos 0xff
iptables -t mangle -A PREROUTING -j TOS --or-tos 0
iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 255
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 0
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 256
iptables -t mangle -A PREROUTING -j TTL --ttl-set 1 --ttl-dec 1
iptables -t mangle -A PREROUTING -j TTL
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack-permitted,sack,timestamp,md5
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options 2,3,4,5,8,19,30
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options 0
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options 255
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options 256
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options fastopen
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n -v
iptables-translate -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1
iptables-translate -t mangle -A PREROUTING -p udp --dport 53 -j TPROXY --on-port 5353 --on-ip 127.0.0.1
iptables-translate -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.1 --oif eth1
iptables-translate -t mangle -A PREROUTING -j TOS --set-tos 0x10/0x3f
iptables-translate -t mangle -A PREROUTING -j TOS --and-tos 0x0f
iptables-translate -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables-translate -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables-translate -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,wscale
ip6tables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 2001:db8::1
ip6tables -t mangle -A PREROUTING -i eth0 -j TEE --gateway ::1
ip6tables -t mangle -A PREROUTING -i eth0 -j TEE --gateway ::
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 3128 --on-ip ::1 --tproxy-mark 0x1/0x1
ip6tables -t mangle -A PREROUTING -j TOS --set-tos 0x10
ip6tables -t mangle -A PREROUTING -j TOS --set-tos Minimize-Cost
ip6tables -t mangle -A PREROUTING -j TTL --ttl-set 5
ip6tables -t mangle -S
ip6tables -t mangle -L
iptables -F -t mangle
iptables -A INPUT -i eth0 -p tcp --dport 80 -m state --state UNTRACKED,INVALID -j SYNPROXY --sack-perm --timestamp --mss 1460 --wscale 9
iptables -A INPUT -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -j SYNPROXY --mss 65535 --wscale 14 --ecn
iptables -A INPUT -p tcp -j SYNPROXY --mss 65536
iptables -A INPUT -p tcp -j SYNPROXY --wscale 15
iptables -A INPUT -j SYNPROXY --mss 1460
iptables -A INPUT -p tcp -j SYNPROXY --timestamps --sack-perm
iptables -t raw -A PREROUTING -i eth0 -p tcp --dport 80 --syn -j CT --notrack
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-translate -A INPUT -i eth0 -p tcp --dport 80 -m state --state UNTRACKED,INVALID -j SYNPROXY --sack-perm --timestamp --mss 1460 --wscale 9
iptables -t security -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
iptables -t security -A INPUT -j CONNSECMARK --save
iptables -t security -A INPUT -j CONNSECMARK --restore
iptables -t security -A INPUT -j CONNSECMARK
iptables -t security -A INPUT -j CONNSECMARK --save --restore
iptables -t filter -A INPUT -j CONNSECMARK --save
iptables -t security -S
