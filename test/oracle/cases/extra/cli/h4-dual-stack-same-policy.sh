# the same web-server policy applied to both families, side by side
for ipt in iptables ip6tables; do $ipt -P INPUT DROP; $ipt -A INPUT -i lo -j ACCEPT; $ipt -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT; $ipt -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT; done
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 -m multiport --dports 1,2 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
iptables -S
ip6tables -S
iptables -L INPUT -n
ip6tables -L INPUT -n
iptables -L INPUT -v -n
ip6tables -L INPUT -v -n
iptables-save | grep -v '^#'
ip6tables-save | grep -v '^#'
ip6tables -C INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT; echo rc=$?
ip6tables -C INPUT -p icmp --icmp-type echo-request -j ACCEPT; echo rc=$?
iptables -C INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT; echo rc=$?
ip6tables -D INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -D INPUT -j REJECT --reject-with icmp6-adm-prohibited
iptables -F; ip6tables -F
iptables -P INPUT ACCEPT; ip6tables -P INPUT ACCEPT
iptables -L -n; ip6tables -L -n
