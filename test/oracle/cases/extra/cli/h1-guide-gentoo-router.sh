# Gentoo-style home router script typed by hand: LAN/WAN variables, uppercase protocols, service names, 0/0, dotted masks, masquerade, forwarding and rp_filter through /proc
iptables -F
iptables -t nat -F
iptables -P INPUT ACCEPT
iptables -P OUTPUT ACCEPT
iptables -P FORWARD DROP
export LAN=eth1; export WAN=eth0; iptables -I INPUT 1 -i ${LAN} -j ACCEPT
iptables -I INPUT 1 -i lo -j ACCEPT
LAN=eth1; iptables -A INPUT -p UDP --dport bootps ! -i ${LAN} -j REJECT
LAN=eth1; iptables -A INPUT -p UDP --dport domain ! -i ${LAN} -j REJECT
LAN=eth1; iptables -A INPUT -p TCP ! -i ${LAN} -d 0/0 --dport 0:1023 -j DROP
LAN=eth1; iptables -A INPUT -p UDP ! -i ${LAN} -d 0/0 --dport 0:1023 -j DROP
LAN=eth1; iptables -I FORWARD -i ${LAN} -d 192.168.0.0/255.255.0.0 -j DROP
LAN=eth1; iptables -A FORWARD -i ${LAN} -s 192.168.0.0/255.255.0.0 -j ACCEPT
WAN=eth0; iptables -A FORWARD -i ${WAN} -d 192.168.0.0/255.255.0.0 -j ACCEPT
WAN=eth0; iptables -t nat -A POSTROUTING -o ${WAN} -j MASQUERADE
iptables -t nat -A POSTROUTING -o ${WAN} -j MASQUERADE
iptables -A INPUT -p UDP --dport bootps ! -i ${LAN} -j REJECT
echo 1 > /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/ip_forward
for f in /proc/sys/net/ipv4/conf/*/rp_filter ; do echo 1 > $f ; done
grep . /proc/sys/net/ipv4/conf/*/rp_filter
sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.lo.rp_filter
iptables -L -n -v
iptables -t nat -L -n -v
iptables-save | grep -v '^#'
iptables -A INPUT -p UDP --dport bootpc -j ACCEPT
iptables -A INPUT -p udp --dport dhcp -j ACCEPT
iptables -A INPUT -p tcp --dport http-alt -j ACCEPT
iptables -A INPUT -p tcp --dport https,http -j ACCEPT
iptables -A INPUT -p Tcp --dport Ssh -j ACCEPT
iptables -A INPUT -p tcp --dport 0:65535 -j ACCEPT
iptables -A INPUT -p tcp --dport 1023:0 -j ACCEPT
iptables -A INPUT -p tcp --dport 65536 -j ACCEPT
iptables -S INPUT
