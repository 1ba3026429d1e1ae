iptables -N A
iptables -A A -j RETURN
iptables -A INPUT -j A
iptables -A INPUT -j A
iptables -A OUTPUT -g A
iptables -L A -n
iptables -L A -n -v
iptables -L A
iptables -D INPUT 1
iptables -L A -n
iptables -D OUTPUT 1
iptables -L A -n
ip6tables -N A
ip6tables -A A -j RETURN
ip6tables -A INPUT -j A
ip6tables -A FORWARD -j A
ip6tables -L -n
ip6tables -D INPUT 1
ip6tables -L A -n --line-numbers
iptables -t nat -N SNAT_CHAIN
iptables -t nat -A POSTROUTING -j SNAT_CHAIN
iptables -t nat -A OUTPUT -j SNAT_CHAIN
iptables -t nat -L -n
iptables -t nat -L SNAT_CHAIN -n -v -x
iptables -t mangle -N M
iptables -t mangle -A PREROUTING -j M
iptables -t mangle -L M
iptables -N B
iptables -N C
iptables -A B -j C
iptables -A C -j RETURN
iptables -A INPUT -j B
iptables -L -n
iptables -L C -n --line-numbers
iptables -S
iptables-save -t filter
iptables-legacy -N A
iptables-legacy -A INPUT -j A
iptables-legacy -A INPUT -j A
iptables-legacy -L A -n
iptables-legacy -L -n
