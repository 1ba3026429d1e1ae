iptables -A INPUT -m hashlimit --hashlimit-upto 10/sec --hashlimit-name H1 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-above 5/min --hashlimit-burst 10 --hashlimit-mode srcip --hashlimit-name H2 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-mode srcip,dstport --hashlimit-srcmask 24 --hashlimit-name H3 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit 10 --hashlimit-name H4 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/sec -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/sec --hashlimit-name H5 --hashlimit-htable-expire 30000 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
