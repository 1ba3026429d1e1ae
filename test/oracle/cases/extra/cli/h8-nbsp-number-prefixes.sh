# a pasted no-break space before a number: C's isspace (C locale) does not skip it, \v \f \t \r it does
iptables -w $'\xc2\xa05' -L INPUT
iptables -w $'\x0b5' -S INPUT
iptables -w $'\t\r5' -S INPUT
iptables -W $'\xc2\xa05' -S INPUT
iptables-legacy -w $'\xc2\xa05' -S INPUT
iptables-legacy-restore -w $'\xc2\xa05' < /dev/null
iptables-legacy-restore -w $'\x0c5' < /dev/null
iptables-legacy-restore -w 1 -W $'\xc2\xa05' < /dev/null
ebtables -A INPUT -c $'\xc2\xa01' 2
ebtables -A INPUT -c 3 $'\xc2\xa04'
ebtables -A INPUT -c $'\x0c1' $'\v2'
ebtables -A INPUT -p 802_1Q --vlan-id $'\xc2\xa05'
ebtables -A INPUT -p 802_1Q --vlan-id $'\t5'
ebtables -A INPUT -p 802_1Q --vlan-prio $'\xc2\xa05'
ebtables -A INPUT -p 802_1Q --vlan-encap $'\xc2\xa00800'
ebtables -A INPUT -p 802_1Q --vlan-encap $'\f0800'
ebtables -C INPUT -c $'\xc2\xa0+1' 2
ebtables -L INPUT --Lc
ebtables -L INPUT --Lc
arptables -A INPUT --h-length $'\xc2\xa06'
arptables -A INPUT --h-length $'\t6'
arptables -A INPUT --opcode $'\xc2\xa01'
arptables -S INPUT
