# ebtables-restore/arptables-restore made tables in nft list ruleset (placed by when restored, built-ins then user chains), and --noflush: a user chain's line empties it
iptables -A INPUT -j ACCEPT
printf '%s\n' '*filter' ':INPUT ACCEPT' ':FORWARD DROP' ':OUTPUT ACCEPT' ':libvirt-X ACCEPT' '-A FORWARD -p IPv4 -j libvirt-X' '-A libvirt-X -s 00:11:22:33:44:55 -j DROP' > /tmp/eb.rules
ebtables-restore < /tmp/eb.rules; echo rc=$?
printf '%s\n' '*filter' ':INPUT ACCEPT' ':OUTPUT DROP' ':FORWARD ACCEPT' ':user ACCEPT' '-A INPUT -j user' '-A user -s 10.0.0.1 -j DROP' > /tmp/arp.rules
arptables-restore < /tmp/arp.rules; echo rc=$?
iptables -t nat -A POSTROUTING -j MASQUERADE
nft list tables
nft list ruleset
ebtables-restore --noflush < /tmp/eb.rules; echo rc=$?
nft list table bridge filter
