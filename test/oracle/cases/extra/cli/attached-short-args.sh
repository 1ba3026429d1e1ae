iptables -AINPUT -s10.0.0.1 -jACCEPT
iptables -A INPUT -ptcp --dport=22 -j ACCEPT
iptables -A INPUT --source=10.0.0.2 --jump=DROP
iptables -A INPUT --protocol=udp --dport 53 -j ACCEPT
iptables -nvL INPUT
iptables -vnxL INPUT
iptables -Ln
iptables -LINPUT -n
iptables -S INPUT
