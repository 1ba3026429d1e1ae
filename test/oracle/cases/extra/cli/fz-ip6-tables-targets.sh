ip6tables -P INPUT DROP
ip6tables -A INPUT -i lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A INPUT -m state --state NEW -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -A INPUT -p udp --dport 53 -j ACCEPT
ip6tables -A INPUT -j LOG --log-prefix "v6drop: " --log-level 4
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A INPUT -j REJECT --reject-with icmp6-no-route
ip6tables -A INPUT -j REJECT --reject-with icmp6-addr-unreachable
ip6tables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A INPUT -j REJECT --reject-with adm-prohibited
ip6tables -A INPUT -j REJECT --reject-with icmp6-policy-fail
ip6tables -A INPUT -j REJECT --reject-with icmp6-reject-route
ip6tables -A INPUT -j REJECT --reject-with icmp-port-unreachable
ip6tables -A INPUT -j REJECT --reject-with icmp-host-prohibited
ip6tables -A INPUT -m limit --limit 5/min -j LOG
ip6tables -A INPUT -m comment --comment "hello v6" -j DROP
ip6tables -L -n -v
ip6tables -L
ip6tables-save
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8080
ip6tables -t nat -P PREROUTING DROP
ip6tables -t mangle -A PREROUTING -j MARK --set-mark 1
ip6tables -t mangle -A PREROUTING -j TTL --ttl-set 5
ip6tables -t mangle -A PREROUTING -j HL --hl-set 5
ip6tables -t mangle -A PREROUTING -m ttl --ttl-eq 5 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl --hl-eq 5 -j ACCEPT
ip6tables -t raw -A PREROUTING -j CT --notrack
ip6tables -t raw -A PREROUTING -j NOTRACK
ip6tables -t security -A INPUT -j ACCEPT
ip6tables -t mangle -S
ip6tables -t raw -L -n
ip6tables -t security -S
ip6tables -t bogus -L
ip6tables-save -t raw
iptables -S
iptables-save
