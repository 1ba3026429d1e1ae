iptables -N A
iptables -N B
iptables -N C
iptables -A A -j B
iptables -X; echo rc=$?
iptables -S
iptables -A INPUT -j C
iptables -X; echo rc=$?
iptables -S
iptables -E C D
iptables -S
iptables -L -n
iptables -E D INPUT; echo rc=$?
iptables -E D A; echo rc=$?
iptables -E D B; echo rc=$?
iptables -N B
iptables -A B -j B; echo rc=$?
iptables -A B -j INPUT; echo rc=$?
iptables -N E
iptables -A E -j B
iptables -A B -j E; echo rc=$?
iptables -A B -g E; echo rc=$?
iptables -S
iptables -L -n
iptables -F
iptables -X; echo rc=$?
iptables -S
iptables -t nat -N X
iptables -t nat -N Y
iptables -t nat -A X -j Y
iptables -t nat -A OUTPUT -j X
iptables -t nat -X Y; echo rc=$?
iptables -t nat -E Y Z
iptables -t nat -S
iptables -t nat -F X
iptables -t nat -X; echo rc=$?
iptables -t nat -S
ip6tables -N A
ip6tables -N B
ip6tables -A A -j B
ip6tables -X; echo rc=$?
ip6tables -S
ip6tables -E A AA
ip6tables -L -n
iptables-legacy -N A
iptables-legacy -N B
iptables-legacy -A A -j B
iptables-legacy -X; echo rc=$?
iptables-legacy -S
iptables-legacy -E B BB
iptables-legacy -S
iptables-legacy -A BB -j A; echo rc=$?
