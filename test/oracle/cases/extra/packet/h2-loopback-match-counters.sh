# Siblings of the public match cases seen by traffic: each match counts the packets of a TCP connection, UDP and ICMP exchanges on lo, then again after -Z
serve tcp 80
serve tcp 8080
serve udp 53
iptables -N CNT
iptables -A INPUT -i lo -j CNT
iptables -A CNT -m addrtype --dst-type LOCAL -p tcp --dport 80
iptables -A CNT -m addrtype --src-type LOCAL --dst-type LOCAL --limit-iface-in -p tcp
iptables -A CNT -m iprange --src-range 127.0.0.1-127.0.0.5 -p tcp
iptables -A CNT -p tcp -m multiport --dports 80,8080 --syn
iptables -A CNT -p tcp --tcp-flags SYN,ACK SYN,ACK
iptables -A CNT -p tcp --tcp-flags ALL ACK
iptables -A CNT -p tcp --tcp-flags RST RST
iptables -A CNT -m conntrack --ctstate NEW
iptables -A CNT -m conntrack --ctstate ESTABLISHED
iptables -A CNT -m state --state RELATED
iptables -A CNT -m conntrack --ctdir REPLY
iptables -A CNT -m conntrack --ctdir ORIGINAL
iptables -A CNT -m conntrack --ctstatus SEEN_REPLY
iptables -A CNT -m conntrack --ctstatus ASSURED
iptables -A CNT -m conntrack --ctproto udp --ctorigdstport 53
iptables -A CNT -m statistic --mode nth --every 3 --packet 0
iptables -A CNT -p icmp --icmp-type echo-request
iptables -A CNT -p icmp --icmp-type echo-reply
iptables -A CNT -p icmp --icmp-type port-unreachable
iptables -A CNT -m mark --mark 0x7
iptables -A CNT -m connmark --mark 0x7
iptables -A CNT -m length --length 0:60
iptables -A CNT -m pkttype --pkt-type unicast
iptables -A CNT -m ttl --ttl-eq 64
iptables -A CNT -f
iptables -t mangle -A OUTPUT -p tcp --dport 8080 -j MARK --set-mark 7
iptables -t mangle -A OUTPUT -p tcp --dport 8080 -j CONNMARK --save-mark
probe tcp 127.0.0.1 80
probe tcp 127.0.0.1 8080
probe tcp 127.0.0.2 81
probe udp 127.0.0.1 53
probe udp 127.0.0.1 54
probe icmp 127.0.0.1
iptables -L CNT -v -n -x --line-numbers
iptables -t mangle -L OUTPUT -v -n -x
iptables -Z CNT
probe tcp 127.0.0.1 80
iptables -L CNT -v -n -x --line-numbers
