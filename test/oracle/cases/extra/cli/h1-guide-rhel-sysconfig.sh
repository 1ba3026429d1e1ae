# RHEL/CentOS style: the stock /etc/sysconfig/iptables restored from /tmp, -m tcp before -p tcp, host-prohibited, service/save commands that do not exist on Debian, port open above REJECT
cat > /tmp/iptables <<'EOF'
# Firewall configuration written by system-config-firewall
# Manual customization of this file is not recommended.
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p icmp -j ACCEPT
-A INPUT -i lo -j ACCEPT
-A INPUT -m state --state NEW -m tcp -p tcp --dport 22 -j ACCEPT
-A INPUT -j REJECT --reject-with icmp-host-prohibited
-A FORWARD -j REJECT --reject-with icmp-host-prohibited
COMMIT
EOF
iptables-restore < /tmp/iptables
iptables -L -n --line-numbers
iptables -S
iptables -A INPUT -m state --state NEW -m tcp -p tcp --dport 80 -j ACCEPT
iptables -I INPUT 5 -m state --state NEW -m tcp -p tcp --dport 80 -j ACCEPT
iptables -I INPUT 5 -m state --state NEW -m udp -p udp --dport 161 -j ACCEPT
iptables -I INPUT -m tcp -p udp --dport 53 -j ACCEPT
iptables -I INPUT -p tcp -m tcp --dport 443 -m state --state NEW -j ACCEPT
iptables -I INPUT -m tcp --dport 443 -j ACCEPT
iptables -I INPUT -p tcp -m udp --dport 443 -j ACCEPT
iptables -L INPUT -n --line-numbers
iptables -D INPUT 7
iptables-save > /tmp/iptables.new
diff /tmp/iptables /tmp/iptables.new > /dev/null; echo rc=$?
grep -c -- '-A INPUT' /tmp/iptables.new
iptables-save -t filter | sed -n '/^-A/p'
iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT
iptables -L FORWARD -n
