iptables -A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 22 -m comment --comment ssh -j ACCEPT
iptables -C INPUT -s 10.0.0.0/8 -p tcp --dport 22 -m comment --comment ssh -j ACCEPT
iptables -C INPUT -s 10.1.2.3/8 -p tcp --dport 22 -m comment --comment ssh -j ACCEPT
iptables -C INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
iptables -C INPUT -s 10.0.0.0/8 -p tcp --dport 22 -m comment --comment other -j ACCEPT
iptables -C INPUT -s 10.0.0.0/8 -p tcp --dport 22 -m comment --comment ssh
iptables -C INPUT 1
iptables -C NOPE -j ACCEPT
iptables -C INPUT -m comment --comment ssh -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
