iptables -A INPUT -p tcp --dport ssh/tcp -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport "ssh " -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport 22x -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport ftp-data:ftp -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport ftp-data -j ACCEPT; echo rc=$?
iptables -A INPUT -p udp --dport tftp -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport tftp -j ACCEPT; echo rc=$?
iptables -A INPUT -p udp --dport openvpn -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport kerberos -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport http:https -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport https:http -j ACCEPT; echo rc=$?
iptables -A INPUT -p sctp --dport ssh -j ACCEPT; echo rc=$?
iptables -A INPUT -p dccp --dport http -j ACCEPT; echo rc=$?
iptables -A INPUT -p udplite --dport domain -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp -m multiport --dports ftp-data:ftp,ssh -j ACCEPT; echo rc=$?
iptables -A INPUT -p udp -m multiport --dports tftp,ntp -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp -m multiport --dports ssh/tcp -j ACCEPT; echo rc=$?
iptables -S INPUT
iptables -L INPUT
