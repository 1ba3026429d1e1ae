# "Moving from iptables to nftables" guides: translate single rules, translate a saved file, load it with nft, list the ruleset, and see how iptables-nft rules look to nft
iptables-translate -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables-translate -A INPUT -s 192.168.1.0/24 -i eth0 -j DROP
iptables-translate -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-translate -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 192.0.2.2:8080
iptables-translate -A INPUT -m limit --limit 5/min -j LOG --log-prefix "denied: " --log-level 7
iptables-translate -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables-translate -A INPUT -m recent --set --name SSH
iptables-translate -P INPUT DROP
iptables-translate -N TCP
ip6tables-translate -A INPUT -p icmpv6 --icmpv6-type neighbor-solicitation -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -P INPUT DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save > /tmp/save.txt
iptables-restore-translate -f /tmp/save.txt | sed 1d
iptables-restore-translate -f /tmp/save.txt > /tmp/ruleset.nft
nft list ruleset
nft list table ip filter
nft list chains
iptables-restore-translate < /tmp/save.txt
iptables-translate -A INPUT -m nosuch -j ACCEPT
iptables-restore-translate -f /tmp/missing.txt
ip6tables-save > /tmp/save6.txt
ip6tables-restore-translate -f /tmp/save6.txt | sed 1d
