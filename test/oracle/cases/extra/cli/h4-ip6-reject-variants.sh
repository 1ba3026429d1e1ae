# every IPv6 --reject-with spelling, where REJECT may go, and how it lists
ip6tables -A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp --dport 24 -j REJECT --reject-with tcp-rst
ip6tables -A INPUT -p udp --dport 25 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -j REJECT --reject-with icmp6-no-route
ip6tables -A INPUT -j REJECT --reject-with no-route
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A INPUT -j REJECT --reject-with adm-prohibited
ip6tables -A INPUT -j REJECT --reject-with icmp6-addr-unreachable
ip6tables -A INPUT -j REJECT --reject-with addr-unreach
ip6tables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A INPUT -j REJECT --reject-with port-unreach
ip6tables -A INPUT -j REJECT --reject-with icmp6-policy-fail
ip6tables -A INPUT -j REJECT --reject-with policy-fail
ip6tables -A INPUT -j REJECT --reject-with icmp6-reject-route
ip6tables -A INPUT -j REJECT --reject-with reject-route
ip6tables -A INPUT -j REJECT --reject-with icmp6-host-unreachable
ip6tables -A INPUT -j REJECT --reject-with ICMP6-ADM-PROHIBITED
ip6tables -A INPUT -j REJECT --reject-with
ip6tables -A FORWARD -j REJECT
ip6tables -A OUTPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -N reject-chain
ip6tables -A reject-chain -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t nat -A PREROUTING -j REJECT
ip6tables -t mangle -A INPUT -j REJECT
ip6tables -t raw -A PREROUTING -j REJECT
ip6tables -S
ip6tables -L -n
ip6tables-save -t filter | grep -v '^#'
ip6tables-legacy -A INPUT -j REJECT --reject-with icmp6-policy-fail
ip6tables-legacy -A INPUT -p udp -j REJECT --reject-with tcp-reset
ip6tables-legacy -t mangle -A INPUT -j REJECT
ip6tables-legacy -S
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-policy-fail
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-no-route
ip6tables-translate -A INPUT -j REJECT --reject-with icmp6-reject-route
ip6tables-translate -A INPUT -p udp -j REJECT --reject-with tcp-reset
ip6tables -j REJECT -h | tail -n 14
