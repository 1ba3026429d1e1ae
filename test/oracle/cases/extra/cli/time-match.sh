iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 -j ACCEPT
iptables -A INPUT -m time --weekdays Mon,Tue,Wed -j ACCEPT
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --kerneltz -j ACCEPT
iptables -A INPUT -m time --monthdays 1,15 -j ACCEPT
iptables -A INPUT -m time --datestart 2024-01-01T00:00:00 --datestop 2025-01-01 -j ACCEPT
iptables -A INPUT -m time --timestart 25:00 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
