# iptables-legacy -v -F/-Z CHAIN prints 'Flushing/Zeroing chain' before libiptc finds the chain missing (nft checks first and prints nothing); also inside iptables-legacy-restore
iptables-legacy -v -t mangle -F A; echo rc=$?
iptables-legacy -v -F A; echo rc=$?
iptables-legacy -v -Z 2; echo rc=$?
iptables-legacy -v -Z NOPE; echo rc=$?
iptables-legacy -v -X NOPE; echo rc=$?
iptables -v -F A; echo rc=$?; iptables -v -Z A; echo rc=$?
iptables-legacy -N A; iptables-legacy -v -F A; iptables-legacy -v -Z A; iptables-legacy -v -Z A 1; echo rc=$?; iptables-legacy -v -F; iptables-legacy -v -Z
ip6tables-legacy -v -F NOPE; echo rc=$?; ip6tables-legacy -v -Z NOPE; echo rc=$?
iptables-legacy -v -L NOPE; echo rc=$?; iptables-legacy -v -L -Z NOPE; echo rc=$?; iptables-legacy -v -E NOPE X; echo rc=$?; iptables-legacy -v -P NOPE DROP; echo rc=$?
printf '*filter\n-v -F NOPE\nCOMMIT\n' | iptables-legacy-restore --noflush; echo rc=$?; printf '*filter\n-F NOPE -v\nCOMMIT\n' | iptables-legacy-restore -n -v; echo rc=$?
printf '*filter\n-Z NOPE -v\nCOMMIT\n' | iptables-legacy-restore --noflush; echo rc=$?; printf '*filter\n-Z NOPE -v\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables-legacy -F A -v -t nat; echo rc=$?; iptables-legacy -t raw -vZ X; echo rc=$?; iptables-legacy -t raw -vF PREROUTING; echo rc=$?; iptables-legacy -v -F INPUT; echo rc=$?
