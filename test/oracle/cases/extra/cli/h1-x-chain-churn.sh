iptables -N A; iptables -N B; iptables -N C
iptables -A A -j B; iptables -A B -j C; iptables -A INPUT -j A
iptables -A C -j A; echo rc=$?
iptables -L -n | grep references
iptables -E B B2; iptables -L -n | grep -E 'references|B2'
iptables -A C -g B2; echo rc=$?
iptables -I B2 -j C; echo rc=$?
iptables -F B2
iptables -A C -g B2; echo rc=$?
iptables -L -n | grep references
iptables -R A 1 -j C
iptables -L -n | grep references
iptables -X B2; echo rc=$?
iptables -D C 1
iptables -X B2; echo rc=$?
iptables -S
iptables -A C -j A; echo rc=$?
iptables -D INPUT 1
iptables -A C -j A; echo rc=$?
iptables -S
iptables -F A
iptables -A C -j A; echo rc=$?
iptables -A A -j C; echo rc=$?
iptables -S
iptables -t nat -N A
iptables -t nat -A A -j RETURN
iptables -t nat -A OUTPUT -j A
iptables -t nat -L -n | grep references
iptables -L -n | grep references
iptables -E A Z; echo rc=$?
iptables -S
iptables -t nat -S
iptables -Z Z
iptables -L Z -v -n
iptables -F; iptables -X; iptables -t nat -F; iptables -t nat -X
iptables-save | grep -v '^#'
iptables -N L1; iptables -N L2; iptables -N L3; iptables -N L4
iptables -A L1 -j L2; iptables -A L2 -j L3; iptables -A L3 -j L4
iptables -A L4 -j L1; echo rc=$?
iptables -A L4 -g L2; echo rc=$?
iptables -A L4 -j L4; echo rc=$?
iptables -A L4 -j RETURN
iptables -L -n --line-numbers
iptables -A INPUT -j L1
iptables -A OUTPUT -j L3
iptables -A FORWARD -j L4
iptables -L -n | grep Chain
iptables -D L2 1
iptables -L -n | grep Chain
