iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --dports 80,443 -j DROP
iptables -A INPUT -p tcp -m multiport --sports 1024:2048,3000 -j ACCEPT
iptables -A INPUT -p udp -m multiport --ports 53,123,161:162 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --destination-ports 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --source-ports ssh,http -j ACCEPT
iptables -A INPUT -p sctp -m multiport --dports 80 -j ACCEPT
iptables -A INPUT -p udplite -m multiport --dports 80 -j ACCEPT
iptables -A INPUT -p dccp -m multiport --dports 80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 443,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 0 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 100:50 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80, -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports ,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80:90:100 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports : -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports :80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80: -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80 --sports 90 -j ACCEPT
iptables -A INPUT -p tcp -m multiport -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80 -m multiport --sports 90 -j ACCEPT
iptables -A INPUT -p all -m multiport --dports 80 -j ACCEPT
iptables -A INPUT ! -p tcp -m multiport --dports 80 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT
iptables-save -t filter | grep multiport | head -n 3
ip6tables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -A INPUT -p udp -m multiport ! --sports 53:54 -j ACCEPT
ip6tables -L INPUT -n
ip6tables -S INPUT
iptables -C INPUT -p tcp -m multiport --dports 443,80 -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp -m multiport --dports 80,80 -j ACCEPT; echo rc=$?
iptables-translate -A INPUT -p tcp -m multiport --dports 80,443,1000:2000 -j ACCEPT
iptables-translate -A INPUT -p tcp -m multiport ! --ports 80 -j ACCEPT
