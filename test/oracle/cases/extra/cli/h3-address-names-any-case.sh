iptables -A INPUT -s loopback -j ACCEPT
iptables -A INPUT -s loopback/8 -j ACCEPT
iptables -A INPUT -s link-local/16 -j ACCEPT
iptables -A INPUT -s default -j ACCEPT
iptables -A INPUT -s default/8 -j ACCEPT
iptables -A INPUT -d 127.0.0.0/8 -j ACCEPT
iptables -A INPUT -d 127.0.0.0/16 -j ACCEPT
iptables -A INPUT -d 127.0.0.0 -j ACCEPT
iptables -A INPUT -d 169.254.0.0/16 -j ACCEPT
iptables -A INPUT -d 169.254.1.0/24 -j ACCEPT
iptables -A INPUT -d 0.0.0.0/8 -j ACCEPT
iptables -A INPUT -d 0.0.0.0/32 -j ACCEPT
iptables -A INPUT -d 127.0.0.1 -j ACCEPT
iptables -A INPUT -d 127.0.0.1/8 -j ACCEPT
iptables -A INPUT -d 127.0.0.1/255.0.255.0 -j ACCEPT
iptables -A INPUT -s vm -d runsc -j ACCEPT
iptables -A INPUT -s LOCALHOST -j ACCEPT
iptables -A INPUT -s Loopback -j ACCEPT
iptables -A INPUT -s localhost. -j ACCEPT
iptables -A INPUT -s host -j ACCEPT
iptables -S
iptables -L INPUT
iptables -L INPUT -n
iptables -t nat -A POSTROUTING -s loopback/8 -j SNAT --to-source localhost
iptables -t nat -A PREROUTING -p tcp -d localhost -j DNAT --to-destination localhost:80
iptables -t nat -L
iptables -A FORWARD -m conntrack --ctorigsrc loopback/8 -j ACCEPT
iptables -A FORWARD -m conntrack --ctorigsrc localhost -j ACCEPT
iptables -A FORWARD -m iprange --src-range localhost-127.0.0.9 -j ACCEPT
iptables -A FORWARD -m policy --dir in --pol ipsec --mode tunnel --tunnel-src localhost -j ACCEPT
iptables -L FORWARD
iptables -S FORWARD
iptables -A OUTPUT -m conntrack --ctorigsrc LocalHost -j ACCEPT
iptables -A OUTPUT -m conntrack --ctorigdst LOOPBACK -j ACCEPT
iptables -A OUTPUT -m policy --dir out --pol ipsec --mode tunnel --tunnel-dst LOCALHOST -j ACCEPT
iptables -t mangle -A PREROUTING -j TEE --gateway LOCALHOST
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination LOCALHOST
iptables -A OUTPUT -d VM,Runsc -j ACCEPT
iptables -S OUTPUT
iptables -t mangle -S PREROUTING
iptables-legacy -A INPUT -s LOCALHOST -d Link-Local/16 -j ACCEPT
iptables-legacy -S INPUT
ip6tables -A INPUT -s LOCALHOST -j ACCEPT
iptables-restore --noflush <<'EOT'
*filter
-A FORWARD -s LocalHost -d DEFAULT/0 -j DROP
COMMIT
EOT
iptables -S FORWARD
iptables-translate -A INPUT -s LOCALHOST -j ACCEPT
