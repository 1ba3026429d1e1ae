# OpenVPN and WireGuard server guides: tun+ wildcards, masquerade for the VPN subnet, inserting at 1, and the wg-quick PostUp line pasted by hand with its %i left in
iptables -A INPUT -i eth0 -p udp --dport 1194 -j ACCEPT
iptables -A INPUT -i tun+ -j ACCEPT
iptables -A FORWARD -i tun+ -j ACCEPT
iptables -A FORWARD -i tun+ -o eth0 -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -i eth0 -o tun+ -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.8.0.0/24 -o eth0 -j MASQUERADE
iptables -t nat -I POSTROUTING 1 -s 10.8.0.0/8 -o eth0 -j MASQUERADE
iptables -A OUTPUT -o tun+ -j ACCEPT
iptables -A FORWARD -i %i -j ACCEPT
iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -A FORWARD -o wg0 -j ACCEPT
iptables -A INPUT -p udp --dport 51820 -j ACCEPT
ip6tables -A FORWARD -i wg0 -j ACCEPT; ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -A FORWARD -i wg+ -o wg+ -j DROP
iptables -A FORWARD -i eth+ -o tun+ -j ACCEPT
iptables -A FORWARD -i + -j ACCEPT
iptables -A FORWARD -i tun0+ -j ACCEPT
iptables -A FORWARD -i abcdefghijklmnop -j ACCEPT
iptables -A FORWARD -i abcdefghijklmno -j ACCEPT
iptables -A FORWARD -i 'eth 0' -j ACCEPT
iptables -A FORWARD -i eth0/1 -j ACCEPT
iptables -A FORWARD -i eth0:1 -j ACCEPT
iptables -A FORWARD -i eth0.100 -j ACCEPT
iptables -L FORWARD -v -n
iptables -S FORWARD
iptables -t nat -S POSTROUTING
ip6tables -S FORWARD
ip6tables -t nat -L -n
iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE
iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE
iptables-save | grep -c tun
