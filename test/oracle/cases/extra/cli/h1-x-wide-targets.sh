iptables -N abcdefghijklmnopqrstuvwxyz01
iptables -N short
iptables -A INPUT -j abcdefghijklmnopqrstuvwxyz01
iptables -A INPUT -p udplite -j short
iptables -A INPUT -p ipv6-icmp -g abcdefghijklmnopqrstuvwxyz01
iptables -A INPUT -i abcdefghijklmno -o abcdefghijklmno -j MASQUERADE 2>&1
iptables -A FORWARD -i abcdefghijklmno -o abcdefghijklmno -s 100.100.100.100/30 -d 200.200.200.200/255.255.255.254 -j CLASSIFY --set-class 1:1 2>&1
iptables -A FORWARD -i abcdefghijklmno -o abcdefghijklmno -s 100.100.100.100/30 -d 200.200.200.200/255.0.255.254 -j ACCEPT
iptables -A FORWARD -j NFQUEUE --queue-num 3 --queue-bypass
iptables -A FORWARD -j NFLOG --nflog-group 5 --nflog-prefix "pfx"
iptables -A FORWARD -j TCPOPTSTRIP --strip-options sack-permitted,timestamp -p tcp
iptables -A FORWARD -j CONNSECMARK --save 2>&1
iptables -A FORWARD -j AUDIT --type drop
iptables -A FORWARD -j IDLETIMER --timeout 10 --label foo
iptables -A FORWARD -j CHECKSUM --checksum-fill 2>&1
iptables -L -n
iptables -L -n -v
iptables -L -v
iptables -L -n --line-numbers -v -x
iptables -S
ip6tables -N abcdefghijklmnopqrstuvwxyz01
ip6tables -A INPUT -s 2001:db8:1234:5678:9abc:def0:1234:5678/64 -d 2001:db8:1234:5678:9abc:def0:1234:5678/ffff:ffff:0:ffff:: -j abcdefghijklmnopqrstuvwxyz01
ip6tables -A INPUT -i abcdefghijklmno -p ipv6-icmp -j ACCEPT
ip6tables -L -n
ip6tables -L -n -v
