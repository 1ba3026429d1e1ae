iptables -A INPUT -j ACCEPT
iptables -A INPUT -j ACCEPT
iptables -D INPUT " 1"; echo rc=$?
iptables -D INPUT "+1"; echo rc=$?
iptables -I INPUT " 2" -j DROP; echo rc=$?
iptables -R INPUT "+1" -j DROP; echo rc=$?
iptables -S INPUT " 1"; echo rc=$?
iptables -L INPUT " 1" -n; echo rc=$?
iptables -Z INPUT " 1"; echo rc=$?
iptables -A INPUT -m limit --limit-burst " 5" -j ACCEPT; echo rc=$?
iptables -A INPUT -m limit --limit-burst "+5" -j ACCEPT; echo rc=$?
iptables -A INPUT -m limit --limit-burst "-5" -j ACCEPT; echo rc=$?
iptables -A INPUT -m limit --limit " 5/s" -j ACCEPT; echo rc=$?
iptables -t mangle -A INPUT -j MARK --set-mark " 1"; echo rc=$?
iptables -t mangle -A INPUT -j MARK --set-mark "+1"; echo rc=$?
iptables -t mangle -A INPUT -j MARK --set-mark "-1"; echo rc=$?
iptables -t mangle -A INPUT -j MARK --set-mark "0X10"; echo rc=$?
iptables -t mangle -A INPUT -j MARK --set-mark "010"; echo rc=$?
iptables -t mangle -A INPUT -j MARK --set-mark "1 "; echo rc=$?
iptables -A INPUT -m mark --mark " 0x1/ 0xf" -j ACCEPT; echo rc=$?
iptables -A INPUT -c " 1" "+2" -j ACCEPT; echo rc=$?
iptables -A INPUT -c "-1" "2" -j ACCEPT; echo rc=$?
iptables -A INPUT -m length --length " 10: 20" -j ACCEPT; echo rc=$?
iptables -A INPUT -m length --length "+10" -j ACCEPT; echo rc=$?
iptables -A INPUT -m ttl --ttl-eq " 5" -j ACCEPT; echo rc=$?
iptables -A INPUT -m ttl --ttl-eq "+5" -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport "+22" -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp --dport "-22" -j ACCEPT; echo rc=$?
iptables -A INPUT -p icmp --icmp-type " 8" -j ACCEPT; echo rc=$?
iptables -A INPUT -p icmp --icmp-type "+8" -j ACCEPT; echo rc=$?
iptables -A INPUT -m statistic --mode nth --every " 3" -j ACCEPT; echo rc=$?
iptables -A INPUT -j REJECT --reject-with " tcp-reset" -p tcp; echo rc=$?
iptables -A INPUT -m connlimit --connlimit-above " 3" -j ACCEPT; echo rc=$?
iptables -A INPUT -m connlimit --connlimit-above "+3" -j ACCEPT; echo rc=$?
iptables -A INPUT -s "10.0.0.1/ 8" -j ACCEPT; echo rc=$?
iptables -A INPUT -s "10.0.0.1/+8" -j ACCEPT; echo rc=$?
iptables -w " 5" -S INPUT > /dev/null; echo rc=$?
iptables -S INPUT
iptables -t mangle -S INPUT
