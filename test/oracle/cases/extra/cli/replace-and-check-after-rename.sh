iptables -N A
iptables -A INPUT -j A
iptables -A A -s 10.0.0.1 -j RETURN
iptables -E A B
iptables -C INPUT -j B
iptables -C INPUT -j A
iptables -R INPUT 1 -j B -s 10.0.0.2
iptables -X B
iptables -D INPUT 1
iptables -X B
iptables -L -n
