# iptables-legacy: rules after a chain's first unconditional verdict are walked with no hook, in commands and restores alike
iptables-legacy -A INPUT -j DROP
iptables-legacy -A INPUT -m owner --uid-owner 0 -j ACCEPT; echo rc=$?
iptables-legacy -F INPUT
printf '*filter\n-A INPUT -j DROP\n-A INPUT -m owner --uid-owner 0 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
iptables-legacy -S INPUT
printf '*filter\n:u - [0:0]\n-A INPUT -j ACCEPT\n-A INPUT -j u\n-A u -m owner --uid-owner 0 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
iptables-legacy -S
printf '*filter\n:u - [0:0]\n-A INPUT -j u\n-A u -m owner --uid-owner 0 -j ACCEPT\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n:u - [0:0]\n-A INPUT -j RETURN\n-A INPUT -j u\n-A u -j u2\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
printf '*filter\n:u - [0:0]\n:v - [0:0]\n-A INPUT -j u\n-A u -j DROP\n-A u -j v\n-A v -j u\nCOMMIT\n' | iptables-legacy-restore; echo rc=$?
iptables-legacy -S
