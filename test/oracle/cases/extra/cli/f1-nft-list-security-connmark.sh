iptables -t security -A INPUT -j ACCEPT
iptables -t security -P FORWARD DROP
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 4
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 5/7
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0:0
nft list ruleset
