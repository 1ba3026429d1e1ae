iptables -A INPUT -m realm --realm 0 -j ACCEPT
iptables -A INPUT -m realm --realm cosmos -j ACCEPT
iptables -A INPUT -m realm --realm foo -j ACCEPT
iptables -t nat -A PREROUTING -m realm --realm 1 -j ACCEPT
iptables -A INPUT -p dccp --dccp-types INVALID -j ACCEPT
iptables -A INPUT -p dccp ! --dccp-option 5 -j ACCEPT
iptables -A INPUT -p dccp --dport 1:2:3 -j ACCEPT
iptables -A INPUT -p dccp --sport 5 --sport 6 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/sec --hashlimit-name x --hashlimit-srcmask 33 -j ACCEPT
iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-mask 255.255.0.0 -j ACCEPT
iptables -A INPUT -m tos --tos 0x10 --tos 0x08 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
