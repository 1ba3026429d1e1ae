# iptables-xml over what the emulated iptables-save prints (header comments dropped: their date is not masked inside XML)
iptables -N WEB
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 80 -m conntrack --ctstate NEW,ESTABLISHED -j WEB
iptables -A INPUT ! -s 10.0.0.0/8 -p udp -m multiport --dports 53,123 -j LOG --log-prefix "dns in: " --log-level 6
iptables -A WEB -m comment --comment "allow web" -j ACCEPT
iptables -A WEB -g WEB
iptables -P FORWARD DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.1.1.1:80
iptables-save | grep -v '^#' | iptables-xml
iptables-save -c | grep -v '^#' | iptables-xml -c
iptables-save -t nat | sed 's/ on .*//' | iptables-xml -v
iptables-save -t filter > /tmp/f.save; grep -v '^#' /tmp/f.save > /tmp/g.save; iptables-xml /tmp/g.save | head -12
xtables-legacy-multi iptables-xml /tmp/g.save | tail -4
xtables-nft-multi xml -c /tmp/g.save | wc -l
