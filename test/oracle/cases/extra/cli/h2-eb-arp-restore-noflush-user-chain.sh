# ebtables-restore --noflush: a ':CHAIN POLICY' line for an existing user chain flushes it, a built-in's only sets the policy; arptables-restore likewise
printf '%s\n' '*filter' ':INPUT ACCEPT' ':FORWARD DROP' ':OUTPUT ACCEPT' ':libvirt-X ACCEPT' '-A FORWARD -p IPv4 -j libvirt-X' '-A libvirt-X -s 00:11:22:33:44:55 -j DROP' > /tmp/eb.rules
ebtables-restore < /tmp/eb.rules; echo rc=$?
ebtables -A libvirt-X -j ACCEPT
ebtables-restore --noflush < /tmp/eb.rules; echo rc=$?
ebtables -L
printf '%s\n' '*filter' ':libvirt-Y ACCEPT' '-A libvirt-Y -j DROP' > /tmp/eb2.rules
ebtables-restore --noflush < /tmp/eb2.rules; echo rc=$?
ebtables-restore --noflush < /tmp/eb2.rules; echo rc=$?
ebtables -L libvirt-Y
printf '%s\n' '*filter' ':FORWARD ACCEPT' > /tmp/eb3.rules
ebtables-restore --noflush < /tmp/eb3.rules; echo rc=$?
ebtables -L FORWARD
printf '%s\n' '*filter' ':INPUT ACCEPT' ':OUTPUT ACCEPT' ':user ACCEPT' '-A INPUT -j user' '-A user -s 10.0.0.1 -j DROP' > /tmp/arp.rules
arptables-restore < /tmp/arp.rules; echo rc=$?
arptables -A user -s 10.0.0.2 -j DROP
arptables-restore --noflush < /tmp/arp.rules; echo rc=$?
arptables -L -n
nft list table arp filter
