iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j LOG --log-prefix "SSH " --log-level 6 --log-tcp-options
iptables -A INPUT -j LOG --log-ip-options --log-uid
iptables -A INPUT -j LOG --log-tcp-sequence
iptables -A INPUT -j LOG --log-level 7 --log-ip-options --log-tcp-sequence --log-tcp-options --log-uid --log-macdecode
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n
