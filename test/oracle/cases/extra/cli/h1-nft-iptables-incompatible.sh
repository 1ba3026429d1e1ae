# nft's own base chains (lowercase postrouting) in iptables-nft's ip nat table: iptables lists only its own chains with a warning, -A and -F still work (-F flushes nft's chains too); native ct state in ip filter's INPUT makes the table and that chain incompatible for -S/-L/iptables-save while -D/-A/-F still work
nft add table ip nat
nft add chain ip nat prerouting { type nat hook prerouting priority -100 \; }
nft add chain ip nat postrouting { type nat hook postrouting priority 100 \; }
nft add rule ip nat postrouting oifname "eth0" masquerade
iptables -t nat -L
iptables -t nat -L -n -v
iptables -t nat -L POSTROUTING
iptables -t nat -S POSTROUTING
iptables-save
iptables-save -t nat
iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE; echo rc=$?
iptables -t nat -S
iptables -t nat -N MYCHAIN; echo rc=$?
nft list table ip nat
iptables -t nat -F; echo rc=$?
nft list table ip nat
nft flush ruleset
nft add table ip filter
nft add chain ip filter INPUT { type filter hook input priority 0 \; }
nft add rule ip filter INPUT ct state established accept
iptables -S; echo rc=$?
iptables -S INPUT; echo rc=$?
iptables -S FORWARD; echo rc=$?
iptables -L FORWARD; echo rc=$?
iptables -L; echo rc=$?
iptables-save; echo rc=$?
iptables -D INPUT 1; echo rc=$?
iptables -A INPUT -j ACCEPT; echo rc=$?
iptables -F INPUT; echo rc=$?
nft list table ip filter
iptables -S; echo rc=$?
