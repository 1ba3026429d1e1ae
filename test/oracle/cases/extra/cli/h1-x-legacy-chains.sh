iptables-legacy -N A
iptables-legacy -N B
iptables-legacy -N C
iptables-legacy -A INPUT -j A
iptables-legacy -A A -j B
iptables-legacy -A FORWARD -g B
iptables-legacy -L -n
iptables-legacy -E A AA
iptables-legacy -E B BB
iptables-legacy -S
iptables-legacy -L -n
iptables-legacy -X C
iptables-legacy -X AA; echo rc=$?
iptables-legacy -X BB; echo rc=$?
iptables-legacy -D INPUT 1
iptables-legacy -X AA; echo rc=$?
iptables-legacy -F AA
iptables-legacy -X AA
iptables-legacy -L BB -n
iptables-legacy -D FORWARD -g BB
iptables-legacy -L BB -n
iptables-legacy -X -v
iptables-legacy -S
iptables-legacy -N Q
iptables-legacy -A Q -j ACCEPT
iptables-legacy -X -v; echo rc=$?
iptables-legacy -F -v
iptables-legacy -Z -v
iptables-legacy -X -v
iptables-legacy -N R
iptables-legacy -N S
iptables-legacy -X R S; echo rc=$?
iptables-legacy -X R
iptables-legacy -E S ACCEPT; echo rc=$?
iptables-legacy -E S RETURN; echo rc=$?
iptables-legacy -E S QUEUE; echo rc=$?
iptables-legacy -E S NFQUEUE
iptables-legacy -N -x; echo rc=$?
iptables-legacy -N '!x'; echo rc=$?
iptables-legacy -S
iptables-legacy -L -n
iptables-legacy -P INPUT DROP
iptables-legacy -P FORWARD DROP
iptables-legacy -L -n
iptables-legacy -S
iptables-legacy -X INPUT; echo rc=$?
iptables-legacy -F INPUT
iptables-legacy -X INPUT; echo rc=$?
