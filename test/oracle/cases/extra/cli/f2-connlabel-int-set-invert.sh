# connlabel reads --label with strtoul into a C int: 2^31..2^32-1 are refused (after the label
# map warning), 2^32 wraps to label 0, the bit is kept in 16 bits; libxt_SET ignores a '!' before its options.
iptables -A INPUT -m connlabel --label 4294967295
iptables -A INPUT -m connlabel --label 2147483648
iptables -A INPUT -m connlabel --label 2147483647
iptables -A INPUT -m connlabel --label 4294967296
iptables -A INPUT -m connlabel --label 4294967297
iptables -A INPUT -m connlabel --label -1
iptables -A INPUT -m connlabel --label -4294967295
iptables -A INPUT -m connlabel --label 18446744073709551616
iptables -A INPUT -m connlabel --label " 7"
iptables -A INPUT -m connlabel --label 0x7f
iptables -A INPUT -m connlabel --label 128
iptables -A INPUT -j SET ! --add-set x src
iptables -A INPUT -j SET --add-set x src ! --del-set y dst
iptables -A INPUT -j SET --add-set x
iptables -A INPUT -j SET --add-set x -j ACCEPT
iptables -A INPUT -j SET --add-set x ! 
iptables -A INPUT -m set ! --match-set x src
iptables -A INPUT -m set --match-set ! x src
iptables -A INPUT -m set --match-set x
iptables -S INPUT
ip6tables -A INPUT -m connlabel ! --label 65536
iptables -A INPUT -m connlabel --label 65663
iptables -A INPUT -m connlabel --label 65664
iptables -A INPUT -m connlabel --label 131073 --set
iptables -S INPUT
ip6tables -S INPUT
