iptables -A INPUT -m dscp --dscp 10 -j ACCEPT
iptables -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables -A INPUT -m ecn --ecn-tcp-cwr -p tcp -j ACCEPT
iptables -A INPUT -p tcp -m tcpmss --mss 1000:1500 -j ACCEPT
iptables -A INPUT -m devgroup --src-group 1 -j ACCEPT
iptables -A INPUT -m cpu --cpu 0 -j ACCEPT
iptables -A INPUT -m realm --realm 1 -j ACCEPT
iptables -A INPUT -m socket -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none -j ACCEPT
iptables -A INPUT -m quota --quota 1000 -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m rpfilter -j ACCEPT
iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP
iptables -S
iptables -t raw -S
iptables -L INPUT -n
