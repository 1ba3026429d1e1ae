# nixCraft-style "block an IP" recipes: add, find with grep, delete by spec (twice), by number, ranges, output, a banned-list loop
iptables -A INPUT -s 65.55.44.100 -j DROP
iptables -L INPUT -v -n | grep 65.55.44.100
iptables -L INPUT -n --line-numbers
iptables -D INPUT -s 65.55.44.100 -j DROP
iptables -D INPUT -s 65.55.44.100 -j DROP
iptables -L INPUT -v -n | grep 65.55.44.100; echo rc=$?
iptables -I INPUT -s 1.2.3.4 -j DROP
iptables -I INPUT -s 202.54.20.22/29 -j DROP
iptables -A INPUT -s 192.168.1.0/24 -j DROP
iptables -A INPUT -s 10.0.0.0/255.0.0.0 -j DROP
iptables -A OUTPUT -d 1.2.3.4 -j DROP
iptables -A INPUT -m iprange --src-range 192.168.1.100-192.168.1.200 -j DROP
iptables -A INPUT -p tcp -s 1.2.3.4 --dport 80 -j DROP
iptables -A INPUT -i eth1 -s 1.2.3.4 -p tcp --destination-port 22 -j DROP
iptables -A INPUT -s 1.2.3.4 -j LOG --log-prefix "IP_DROP:"
iptables -L INPUT -n --line-numbers
iptables -L OUTPUT -n -v
iptables -D INPUT 2
iptables -D OUTPUT 1
iptables -D OUTPUT 1
printf '1.1.1.1\n2.2.2.0/24\n3.3.3.3\n' > /tmp/banned.txt
for ip in $(cat /tmp/banned.txt); do iptables -A INPUT -s $ip -j DROP; done
iptables -S INPUT
iptables -C INPUT -s 3.3.3.3 -j DROP && echo present
iptables -C INPUT -s 4.4.4.4 -j DROP || echo absent
iptables -C INPUT -s 3.3.3.3/32 -j DROP; echo rc=$?
iptables -A INPUT -s 1.2.3.4.5 -j DROP
iptables -A INPUT -s 1.2.3.4/33 -j DROP
iptables -A INPUT -s 192.168.1.100-192.168.1.200 -j DROP
iptables -A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1 -j DROP
iptables -I INPUT -s 65.55.44.100 -j DROP
iptables -L INPUT -n | head -4
iptables -F INPUT
iptables -L INPUT -n
