iptables-legacy -N A; iptables-legacy -N B; iptables-legacy -N C
iptables-legacy -A A -j B; iptables-legacy -A B -j C; iptables-legacy -A INPUT -j A
iptables-legacy -A C -j A; echo rc=$?
iptables-legacy -L -n | grep references
iptables-legacy -E B B2; iptables-legacy -L -n | grep -E 'references|B2'
iptables-legacy -A C -g B2; echo rc=$?
iptables-legacy -I B2 -j C; echo rc=$?
iptables-legacy -F B2
iptables-legacy -A C -g B2; echo rc=$?
iptables-legacy -L -n | grep references
iptables-legacy -R A 1 -j C
iptables-legacy -L -n | grep references
iptables-legacy -X B2; echo rc=$?
iptables-legacy -D C 1
iptables-legacy -X B2; echo rc=$?
iptables-legacy -S
iptables-legacy -A C -j A; echo rc=$?
iptables-legacy -D INPUT 1
iptables-legacy -A C -j A; echo rc=$?
iptables-legacy -S
iptables-legacy -F A
iptables-legacy -A C -j A; echo rc=$?
iptables-legacy -A A -j C; echo rc=$?
iptables-legacy -S
iptables-legacy -t nat -N A
iptables-legacy -t nat -A A -j RETURN
iptables-legacy -t nat -A OUTPUT -j A
iptables-legacy -t nat -L -n | grep references
iptables-legacy -L -n | grep references
iptables-legacy -E A Z; echo rc=$?
iptables-legacy -S
iptables-legacy -t nat -S
iptables-legacy -Z Z
iptables-legacy -L Z -v -n
iptables-legacy -F; iptables-legacy -X; iptables-legacy -t nat -F; iptables-legacy -t nat -X
iptables-legacy-save | grep -v '^#'
iptables-legacy -N L1; iptables-legacy -N L2; iptables-legacy -N L3; iptables-legacy -N L4
iptables-legacy -A L1 -j L2; iptables-legacy -A L2 -j L3; iptables-legacy -A L3 -j L4
iptables-legacy -A L4 -j L1; echo rc=$?
iptables-legacy -A L4 -g L2; echo rc=$?
iptables-legacy -A L4 -j L4; echo rc=$?
iptables-legacy -A L4 -j RETURN
iptables-legacy -L -n --line-numbers
iptables-legacy -A INPUT -j L1
iptables-legacy -A OUTPUT -j L3
iptables-legacy -A FORWARD -j L4
iptables-legacy -L -n | grep Chain
iptables-legacy -D L2 1
iptables-legacy -L -n | grep Chain
