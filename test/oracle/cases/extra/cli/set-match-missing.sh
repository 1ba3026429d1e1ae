iptables -A INPUT -m set --match-set myset src -j DROP
iptables -A INPUT -m set --match-set myset src,dst -j DROP
iptables -A INPUT -j SET --add-set myset src
iptables -S INPUT
