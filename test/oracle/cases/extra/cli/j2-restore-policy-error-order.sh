# a restore block with a refused policy (:FORWARD drop) and another mistake: iptables-nft reports whichever comes first in the file
iptables -N MY; iptables -A MY -j ACCEPT
printf '*filter\n-A INPUT -j ACCEPT\n-A MY2 -j LOG\n:FORWARD drop [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n:FORWARD drop [0:0]\n-A MY2 -j LOG\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-A INPUT -j NOPE\n:INPUT REJECT [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n:INPUT REJECT [0:0]\n-A INPUT -j NOPE\nCOMMIT\n' | iptables-restore; echo rc=$?
printf '*filter\n-D INPUT -j DROP\n:OUTPUT Drop [0:0]\nCOMMIT\n' | iptables-restore -n; echo rc=$?
printf '*filter\n:OUTPUT Drop [0:0]\n-D INPUT -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
printf '*filter\n-A INPUT -j MY\n:INPUT REJECT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n:OUTPUT Drop [0:0]\n-D INPUT -j DROP\nCOMMIT\n' | iptables-restore -v; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n-D INPUT -j DROP\n:OUTPUT Drop [0:0]\nCOMMIT\n' | iptables-restore -v; echo rc=$?
iptables-save | grep -v '^#'
