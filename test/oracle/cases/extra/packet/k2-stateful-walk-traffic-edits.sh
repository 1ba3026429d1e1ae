# a long generated session (seed 13103): servers on lo, probes between rule edits (-A -I -D -R by number, policies, -Z, save/restore -c, nat DNAT/REDIRECT), counters listed along the way
serve tcp 8001; serve tcp 8002; serve udp 9001; serve udp 9002
iptables -N WEB; iptables -N LOGD
iptables-save -c > /tmp/s; iptables-restore -c < /tmp/s; echo rc=$?
iptables -I WEB 2 -d 127.0.0.2 -p udp --dport 9002 -m length --length 0:100 -j DROP; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -A LOGD -p tcp -j REJECT --reject-with tcp-reset; echo rc=$?
iptables -A WEB -p tcp --dport 8001 -m conntrack --ctstate ESTABLISHED -j ACCEPT; echo rc=$?
iptables -A LOGD -s 127.0.0.1 -p icmp -j RETURN; echo rc=$?
probe tcp 127.0.0.1 8002
iptables -L -v -n -x
iptables-save -c > /tmp/s; iptables-restore -c < /tmp/s; echo rc=$?
iptables -P OUTPUT DROP
iptables -L -v -n -x
iptables -A OUTPUT -p udp --dport 9002 -j RETURN; echo rc=$?
iptables -A OUTPUT -p udp --dport 9002 -m length --length 0:100 -j WEB; echo rc=$?
iptables -t nat -A OUTPUT -p tcp --dport 8002 -j REDIRECT --to-ports 8001; echo rc=$?
iptables -t nat -L -v -n -x
iptables -A INPUT -p tcp --dport 8001 -j WEB; echo rc=$?
iptables -A LOGD -p icmp -m length --length 100:65535 -j ACCEPT; echo rc=$?
iptables-save -c > /tmp/s; iptables-restore -c < /tmp/s; echo rc=$?
iptables -L -v -n -x
iptables -A OUTPUT -p tcp -j REJECT --reject-with tcp-reset; echo rc=$?
iptables -I OUTPUT 1 -p udp --dport 9001 -j RETURN; echo rc=$?
iptables -S -v
iptables -t nat -F
iptables -t nat -A OUTPUT -p tcp --dport 8001 -j DNAT --to-destination :8002; echo rc=$?
iptables -A INPUT -p udp --dport 9002 -m length --length 100:65535 -j LOGD; echo rc=$?
iptables -t nat -A OUTPUT -p udp --dport 9001 -j DNAT --to-destination 127.0.0.1:9002; echo rc=$?
iptables-save > /tmp/s2; iptables-restore < /tmp/s2; echo rc=$?
iptables -A WEB -p tcp -j REJECT --reject-with tcp-reset; echo rc=$?
iptables -I OUTPUT 2 -p icmp -j ACCEPT; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -A WEB -p icmp -j ACCEPT; echo rc=$?
probe tcp 127.0.0.1 8001
iptables -R WEB 2 -p icmp -j ACCEPT; echo rc=$?
probe udp 127.0.0.2 9002
iptables-save -c > /tmp/s; iptables-restore -c < /tmp/s; echo rc=$?
iptables -A WEB -p icmp -j RETURN; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -A WEB -p tcp --dport 8002 -m conntrack --ctstate ESTABLISHED -m length --length 100:65535 -j DROP; echo rc=$?
iptables -L -v -n -x
iptables -R WEB 2 -i lo -p icmp -j ACCEPT; echo rc=$?
probe tcp 127.0.0.1 8002
iptables -A INPUT -p icmp -j REJECT; echo rc=$?
iptables -L INPUT -v -n -x --line-numbers
iptables -A WEB -p udp --dport 9001 -j REJECT; echo rc=$?
iptables -A WEB -p udp --dport 9001 -j RETURN; echo rc=$?
iptables-save -c | grep -v '^#'
