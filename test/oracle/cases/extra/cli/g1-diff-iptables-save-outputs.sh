iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables-save | grep -v '^#' > /tmp/g1d1
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save | grep -v '^#' > /tmp/g1d2
diff /tmp/g1d1 /tmp/g1d2
diff -u /tmp/g1d1 /tmp/g1d2 | tail -n +3
iptables -I INPUT 2 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -t mangle -A OUTPUT -j ACCEPT
iptables-save | grep -v '^#' > /tmp/g1d3
diff /tmp/g1d2 /tmp/g1d3
diff -u /tmp/g1d2 /tmp/g1d3 | tail -n +3
iptables -D INPUT 1
iptables -t nat -F
iptables -N LOGDROP
iptables -A LOGDROP -j LOG
iptables -A LOGDROP -j DROP
iptables -A INPUT -j LOGDROP
iptables-save | grep -v '^#' > /tmp/g1d4
diff /tmp/g1d3 /tmp/g1d4
diff -c /tmp/g1d3 /tmp/g1d4 | tail -n +3
diff -y -W 100 /tmp/g1d3 /tmp/g1d4
iptables-save -t filter | grep -v '^#' > /tmp/g1d5
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t filter -A OUTPUT -j ACCEPT
iptables-save | grep -v '^#' > /tmp/g1d6
diff /tmp/g1d5 /tmp/g1d6
diff /tmp/g1d6 /tmp/g1d5
diff -u /tmp/g1d6 /tmp/g1d5 | tail -n +3
