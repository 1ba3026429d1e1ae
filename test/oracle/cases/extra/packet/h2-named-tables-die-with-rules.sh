# hashlimit tables and recent lists live while a rule names them: deleted and named again with no
# packet between, they start empty (nft and legacy, /proc listings follow)
iptables -A OUTPUT -p icmp -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 2 --hashlimit-mode dstip --hashlimit-name hl -j ACCEPT
iptables -A OUTPUT -p icmp -j DROP
probe icmp 127.0.0.1
probe icmp 127.0.0.1
probe icmp 127.0.0.2
iptables -Z OUTPUT
probe icmp 127.0.0.1
iptables -L OUTPUT -v -n -x
ls /proc/net/ipt_hashlimit/
wc -l < /proc/net/ipt_hashlimit/hl
iptables -D OUTPUT 1
iptables -I OUTPUT -p icmp -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 2 --hashlimit-mode dstip --hashlimit-name hl -j ACCEPT
wc -l < /proc/net/ipt_hashlimit/hl
probe icmp 127.0.0.1
probe icmp 127.0.0.1
iptables -L OUTPUT -v -n -x
iptables -F OUTPUT
iptables -A OUTPUT -p icmp -m recent --name r --rcheck -j DROP
iptables -A OUTPUT -p icmp -m recent --name r --set
probe icmp 127.0.0.5
probe icmp 127.0.0.5
iptables -F OUTPUT
iptables -A OUTPUT -p icmp -m recent --name r --rcheck -j DROP
iptables -A OUTPUT -p icmp -m recent --name r --set
probe icmp 127.0.0.5
probe icmp 127.0.0.5
iptables -F OUTPUT
iptables-legacy -A OUTPUT -p icmp -m hashlimit --hashlimit-above 1/hour --hashlimit-burst 1 --hashlimit-name lh -j DROP
probe icmp 127.0.0.3
probe icmp 127.0.0.3
iptables-legacy -A INPUT -j ACCEPT
probe icmp 127.0.0.3
iptables-legacy -F OUTPUT
iptables-legacy -A OUTPUT -p icmp -m hashlimit --hashlimit-above 1/hour --hashlimit-burst 1 --hashlimit-name lh -j DROP
probe icmp 127.0.0.3
iptables-legacy -L OUTPUT -v -n -x
ls /proc/net/ipt_hashlimit/
