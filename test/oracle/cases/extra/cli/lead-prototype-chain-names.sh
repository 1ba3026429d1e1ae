# Chain names that are also properties of JavaScript objects are ordinary names to iptables.
iptables -N __proto__
iptables -N constructor
iptables -A constructor -j ACCEPT
iptables -A __proto__ -j ACCEPT
iptables -A INPUT -j __proto__
iptables -E constructor hasOwnProperty
iptables -S
iptables -L -n
printf '*filter\n:toString - [0:0]\n:valueOf - [0:0]\n-A toString -j DROP\n-A valueOf -g toString\nCOMMIT\n' | iptables-restore --noflush
echo rc=$?
iptables-save | grep -v '^#'
iptables -F
iptables -X __proto__
iptables -X
iptables -S
iptables-legacy -N __proto__
iptables-legacy -N toString
iptables-legacy -A toString -j __proto__
iptables-legacy -S
iptables-legacy -X toString
iptables-legacy -X __proto__
iptables-legacy -S
