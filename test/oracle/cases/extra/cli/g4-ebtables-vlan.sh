# ebtables-nft: the vlan match (id, encap names and numbers, ranges; --vlan-prio is accepted but never printed; needs -p 802_1Q)
ebtables -A FORWARD -p 802_1Q --vlan-id 10 --vlan-prio ! 3 --vlan-encap IPv4 -j ACCEPT; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-encap 0x86dd --vlan-id ! 4094 -j DROP; echo rc=$?
ebtables -A FORWARD --vlan-id 5 -j DROP; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-id 4095 -j DROP; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-prio 8 -j DROP; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-encap 10 -j DROP; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-encap foo -j DROP; echo rc=$?
ebtables -A FORWARD -p 802_1Q --vlan-id 1 --vlan-id 2 -j DROP; echo rc=$?
ebtables -L FORWARD
ebtables-save | grep vlan
