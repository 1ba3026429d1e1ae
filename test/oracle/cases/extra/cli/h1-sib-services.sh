ip6tables -A INPUT -p tcp --dport ssh -j ACCEPT
ip6tables -A INPUT -p tcp --dport smtp -j ACCEPT
ip6tables -A INPUT -p udp --dport ntp -j ACCEPT
ip6tables -A INPUT -p udp --dport dhcpv6-client -j ACCEPT
ip6tables -A INPUT -p tcp --dport ftp:ssh -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT
iptables -A INPUT -p tcp --dport domain -j ACCEPT
iptables -A INPUT -p udp --dport domain -j ACCEPT
iptables -A INPUT -p udp --sport bootps --dport bootpc -j ACCEPT
iptables -A INPUT -p tcp --dport http-alt -j ACCEPT
iptables -A INPUT -p tcp --dport www -j ACCEPT
iptables -A INPUT -p tcp --dport imaps -j ACCEPT
iptables -A INPUT -p tcp --dport submission -j ACCEPT
iptables -A INPUT -p tcp --dport mysql -j ACCEPT
iptables -A INPUT -p tcp --dport postgresql -j ACCEPT
iptables -A INPUT -p udp --dport snmp -j ACCEPT
iptables -A INPUT -p udp --dport syslog -j ACCEPT
iptables -A INPUT -p tcp --dport telnet -j DROP
iptables -A INPUT -p tcp --dport :1023 -j DROP
iptables -A INPUT -p tcp --dport 1024: -j DROP
iptables -A INPUT -p tcp --dport 0 -j DROP
iptables -A INPUT -p tcp --dport 0:65535 -j DROP
iptables -A INPUT -p tcp --dport 80:80 -j DROP
iptables -A INPUT -p tcp --sport 1024:65535 -j DROP
iptables -A INPUT -p tcp ! --dport 22 -j DROP
iptables -A INPUT -p tcp --dport ! 22 -j DROP
iptables -A INPUT -p tcp --destination-port https -j DROP
iptables -A INPUT -p tcp --source-port http -j DROP
iptables -A INPUT -p sctp --dport 80 -j DROP
iptables -A INPUT -p udplite --dport 80 -j DROP
iptables -A INPUT -p dccp --dport 80 -j DROP
iptables -A INPUT -p tcp -m multiport --dports ssh,http,https -j DROP
iptables -A INPUT -p udp -m multiport --dports domain,ntp:snmp -j DROP
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -A INPUT -p tcp --dport bogus -j ACCEPT
iptables -A INPUT -p tcp --dport 65536 -j ACCEPT
iptables -A INPUT -p tcp --dport 80:22 -j ACCEPT
iptables -A INPUT -p tcp --dport 22:ssh -j ACCEPT
iptables -A INPUT -p tcp --dport -1 -j ACCEPT
iptables -A INPUT -p udp --dport ssh -j ACCEPT
iptables -A INPUT -p tcp --dport ntp -j ACCEPT
iptables -A INPUT -p tcp --dport SSH -j ACCEPT
iptables -A INPUT -p tcp --dport 22,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15 -j ACCEPT
iptables -A INPUT -m multiport --dports 80 -j ACCEPT
iptables -A INPUT -p icmp -m multiport --dports 80 -j ACCEPT
iptables -S INPUT | tail -n 4
