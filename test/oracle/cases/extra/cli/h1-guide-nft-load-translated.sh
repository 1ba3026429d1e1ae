# Loading what iptables-restore-translate wrote with nft -f (Debian migration guides): native ct state and masquerade make both tables incompatible for iptables-nft afterwards
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -P INPUT DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save > /tmp/save.txt
iptables-restore-translate -f /tmp/save.txt > /tmp/ruleset.nft
iptables -F
iptables -t nat -F
iptables -P INPUT ACCEPT
nft flush ruleset
nft -f /tmp/ruleset.nft; echo rc=$?
nft list ruleset
iptables -S
iptables -t nat -S
iptables -L INPUT -n
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables-save | grep -v "^#"
