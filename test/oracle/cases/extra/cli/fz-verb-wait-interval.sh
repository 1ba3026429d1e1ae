iptables -W -S
iptables -w -W -S
iptables -w -W 5 -S INPUT
iptables -w -W 1000000 -S INPUT
iptables -w -W=5 -S INPUT
iptables -w --wait-interval=5 -S INPUT
iptables -w -W5 -S INPUT
iptables -w -W 5x -S INPUT
iptables -W 5 -S INPUT
iptables -w -W -1 -S INPUT
iptables -w 1.5 -S INPUT
iptables -w 5x -S INPUT
iptables -w 99999999999 -S INPUT
