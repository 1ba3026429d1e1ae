iptables -j TCPOPTSTRIP -h | sed -n '/TCPOPTSTRIP/,$p'
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options timestamp,sack-permitted
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,wscale,sack,md5
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 2,30,255
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 0
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 256
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options foo
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options ""
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP
iptables -t mangle -A POSTROUTING -j TCPOPTSTRIP --strip-options mss
iptables -t filter -A INPUT -p tcp -j TCPOPTSTRIP --strip-options mss
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss --strip-options sack
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,mss,timestamp
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP ! --strip-options mss
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -L POSTROUTING -n
iptables -t mangle -C POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 8,4
iptables -t mangle -C POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options sack-permitted,timestamp
iptables -t mangle -D POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 4,8
iptables -t mangle -S POSTROUTING
iptables-legacy -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss
iptables-legacy -t mangle -S POSTROUTING
ip6tables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss
ip6tables -t mangle -L POSTROUTING
