iptables -A INPUT -p ip -j ACCEPT; echo rc=$?
iptables -A INPUT -p IP -j ACCEPT; echo rc=$?
iptables -A INPUT -p hopopt -j ACCEPT; echo rc=$?
iptables -A INPUT -p HOPOPT -j ACCEPT; echo rc=$?
iptables -A INPUT -p Icmp -j ACCEPT; echo rc=$?
iptables -A INPUT -p IPv6-ICMP -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipv6 -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipencap -j ACCEPT; echo rc=$?
iptables -A INPUT -p IP-ENCAP -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipip -j ACCEPT; echo rc=$?
iptables -A INPUT -p egp -j ACCEPT; echo rc=$?
iptables -A INPUT -p l2tp -j ACCEPT; echo rc=$?
iptables -A INPUT -p mh -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipv6-route -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipv6-frag -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipv6-nonxt -j ACCEPT; echo rc=$?
iptables -A INPUT -p ipv6-opts -j ACCEPT; echo rc=$?
iptables -A INPUT -p pim -j ACCEPT; echo rc=$?
iptables -A INPUT -p carp -j ACCEPT; echo rc=$?
iptables -A INPUT -p skip -j ACCEPT; echo rc=$?
iptables -A INPUT -p rsvp -j ACCEPT; echo rc=$?
iptables -A INPUT -p xns-idp -j ACCEPT; echo rc=$?
iptables -A INPUT -p 6 -j ACCEPT; echo rc=$?
iptables -A INPUT -p 06 -j ACCEPT; echo rc=$?
iptables -A INPUT -p 0x11 -j ACCEPT; echo rc=$?
iptables -A INPUT -p 132 -j ACCEPT; echo rc=$?
iptables -A INPUT -p 143 -j ACCEPT; echo rc=$?
iptables -A INPUT -p 253 -j ACCEPT; echo rc=$?
iptables -A INPUT -p 254 -j ACCEPT; echo rc=$?
iptables -A INPUT -p ALL -j ACCEPT; echo rc=$?
iptables -A INPUT -p All -j ACCEPT; echo rc=$?
iptables -A INPUT -p " tcp" -j ACCEPT; echo rc=$?
iptables -A INPUT -p "" -j ACCEPT; echo rc=$?
iptables -A INPUT ! -p 0 -j ACCEPT; echo rc=$?
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT
iptables -L INPUT -v -n
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p icmp -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p 58 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p ipv6-frag -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p hopopt -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p 0 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p esp -j ACCEPT; echo rc=$?
ip6tables -A INPUT -p mh -j ACCEPT; echo rc=$?
ip6tables -S INPUT
ip6tables -L INPUT -n
ip6tables -L INPUT
