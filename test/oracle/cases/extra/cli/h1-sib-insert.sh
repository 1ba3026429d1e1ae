ip6tables -A INPUT -p tcp --dport 1 -j ACCEPT
ip6tables -I INPUT 3 -p tcp --dport 3 -j ACCEPT
ip6tables -I INPUT 0 -p tcp --dport 3 -j ACCEPT
ip6tables -I INPUT -1 -j ACCEPT
ip6tables -I INPUT 2 -p tcp --dport 2 -j ACCEPT
ip6tables -I INPUT -i lo -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT -n --line-numbers
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -I POSTROUTING -d 10.0.0.0/8 -j RETURN
iptables -t nat -I POSTROUTING 3 -o eth1 -j MASQUERADE
iptables -t nat -I POSTROUTING 5 -o eth2 -j MASQUERADE
iptables -t nat -L POSTROUTING -n --line-numbers
iptables -t mangle -I PREROUTING 1 -j MARK --set-mark 1
iptables -t mangle -I PREROUTING 1 -j MARK --set-mark 2
iptables -t mangle -S PREROUTING
iptables -N U
iptables -I U 1 -j RETURN
iptables -I U 2 -j DROP
iptables -I U 2 -j ACCEPT
iptables -I U 10 -j ACCEPT
iptables -I U 1x -j ACCEPT
iptables -I U 1 1 -j ACCEPT
iptables -I U "" -j ACCEPT
iptables -I U 2147483647 -j ACCEPT
iptables -S U
iptables -L U --line-numbers
iptables -R U 1 -j LOG
iptables -R U 3 -j LOG --log-prefix "x: "
iptables -R U 4 -j DROP
iptables -R U 0 -j DROP
iptables -R U -j DROP
iptables -R U 1 -s 1.1.1.1,2.2.2.2 -j DROP
iptables -R U 1 -s host.invalid -j DROP
iptables -S U
ip6tables -R INPUT 1 -p udp -j DROP
ip6tables -R INPUT 9 -p udp -j DROP
ip6tables -S INPUT
iptables --insert INPUT --jump ACCEPT
iptables --insert INPUT 2 --jump DROP
iptables -S INPUT
iptables-legacy -I INPUT 2 -j ACCEPT
iptables-legacy -I INPUT 1 -j ACCEPT
iptables-legacy -I INPUT 3 -j ACCEPT
iptables-legacy -R INPUT 5 -j ACCEPT
iptables-legacy -S INPUT
