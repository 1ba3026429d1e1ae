# A whole firewall.sh from a guide: variables, flush/delete/zero, policies, a function, a for loop over ports, set -e stopping at a typo, then run again fixed; listings after each run
cat > /tmp/firewall.sh <<'EOF'
#!/bin/bash
IPT=/sbin/iptables
WAN=eth0
SSH_PORT=22
ALLOWED_TCP="80 443 8080"
$IPT -F
$IPT -X
$IPT -Z
$IPT -t nat -F
$IPT -P INPUT DROP
$IPT -P FORWARD DROP
$IPT -P OUTPUT ACCEPT
allow_tcp() { $IPT -A INPUT -i $WAN -p tcp --dport "$1" -m conntrack --ctstate NEW -j ACCEPT; }
$IPT -A INPUT -i lo -j ACCEPT
$IPT -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
allow_tcp $SSH_PORT
for p in $ALLOWED_TCP; do allow_tcp $p; done
$IPT -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/s -j ACCEPT
$IPT -N LOGDROP
$IPT -A LOGDROP -m limit --limit 5/min -j LOG --log-prefix "FW DROP: "
$IPT -A LOGDROP -j DROP
$IPT -A INPUT -j LOGDROP
echo "firewall loaded"
EOF
chmod +x /tmp/firewall.sh
/tmp/firewall.sh; echo rc=$?
iptables -S
/tmp/firewall.sh; echo rc=$?
iptables -L -n --line-numbers | head -12
sed -i 's/^\$IPT -X$/$IPT -X; \$IPT -F LOGDROP 2>\/dev\/null; \$IPT -X LOGDROP 2>\/dev\/null/' /tmp/firewall.sh
grep -n 'X' /tmp/firewall.sh
sed -i '1a set -e' /tmp/firewall.sh
sed -i 's/--ctstate NEW -j ACCEPT; }/--ctstate NEW -j ACCPET; }/' /tmp/firewall.sh
bash /tmp/firewall.sh; echo rc=$?
iptables -S
sed -i 's/ACCPET/ACCEPT/' /tmp/firewall.sh
bash -x /tmp/firewall.sh 2>&1 | head -8
bash /tmp/firewall.sh; echo rc=$?
iptables -L INPUT -n | wc -l
sh /tmp/firewall.sh; echo rc=$?
