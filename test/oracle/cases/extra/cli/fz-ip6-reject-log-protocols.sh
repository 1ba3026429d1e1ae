ip6tables -j REJECT -h | sed -n "/^REJECT/,$ p"
ip6tables -A INPUT -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm
ip6tables -A INPUT -j REJECT --reject-with no-route
ip6tables -A INPUT -j REJECT --reject-with addr-unreach
ip6tables -A INPUT -j REJECT --reject-with port-unreach
ip6tables -A INPUT -j REJECT --reject-with echo-reply
ip6tables -A INPUT -j REJECT --reject-with icmp6-bogus
ip6tables -A OUTPUT -j REJECT
ip6tables -A FORWARD -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -A INPUT -j REJECT
ip6tables -A INPUT -j LOG --log-level debug --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-prefix "ip6: "
ip6tables -A INPUT -j LOG --log-macdecode
ip6tables -A INPUT -p ipv6 -j ACCEPT
ip6tables -A INPUT -p ipv6-frag -j ACCEPT
ip6tables -A INPUT -p ipv6-route -j ACCEPT
ip6tables -A INPUT -p ipv6-nonxt -j ACCEPT
ip6tables -A INPUT -p ipv6-opts -j ACCEPT
ip6tables -A INPUT -p hopopt -j ACCEPT
ip6tables -A INPUT -p 0 -j ACCEPT
ip6tables -A INPUT ! -p icmpv6 -j ACCEPT
ip6tables -A INPUT -p ICMPv6 -j ACCEPT
ip6tables -A INPUT -p mh -j ACCEPT
ip6tables -A INPUT -p esp -j ACCEPT
ip6tables -A INPUT -p AH -j ACCEPT
ip6tables -A INPUT ! -p ipv6-route -j ACCEPT
ip6tables -A INPUT --protocol=60 -j ACCEPT
ip6tables -L -n --line-numbers
ip6tables -L -v
ip6tables -S
ip6tables -L INPUT 3
ip6tables -S INPUT 3
ip6tables -L INPUT 99
ip6tables -nvxL FORWARD
ip6tables -Z INPUT 1
ip6tables -D INPUT 100
ip6tables -R INPUT 1 -p udp -j ACCEPT
ip6tables -I INPUT 2 -s 2001:db8::1 -j DROP
ip6tables -I INPUT 99 -j DROP
ip6tables -L NOPE
ip6tables -A NOPE -j ACCEPT
ip6tables -X INPUT
ip6tables --version
ip6tables-legacy --version
ip6tables-restore -h
ip6tables-save -h
ip6tables-save --bogus
ip6tables-restore --bogus
