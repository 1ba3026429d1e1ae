iptables -N web
iptables-legacy -N leg
iptables -L leg -n
iptables -S NOPE
iptables -L web -n
iptables -t raw -S -Z OUTPUT
iptables -t nat -Z -L
iptables -L INPUT 0
iptables -Z web
iptables -F NOPE
iptables-legacy -X leg
iptables -S
iptables-save -t nat
