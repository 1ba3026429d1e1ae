cat > /tmp/firewall.sh <<'SCRIPT'
#!/bin/bash
set -e
IPT=/sbin/iptables
WAN=eth0
LAN=eth1
LAN_NET="192.168.10.0/24"
TCP_PORTS="22 80 443"
$IPT -F
$IPT -X
$IPT -t nat -F
$IPT -P INPUT DROP
$IPT -P FORWARD DROP
$IPT -A INPUT -i lo -j ACCEPT
$IPT -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
for port in $TCP_PORTS; do
  $IPT -A INPUT -i $WAN -p tcp --dport $port -m conntrack --ctstate NEW -j ACCEPT
done
$IPT -A FORWARD -i $LAN -o $WAN -s $LAN_NET -j ACCEPT
$IPT -t nat -A POSTROUTING -o $WAN -s $LAN_NET -j MASQUERADE
echo "firewall loaded: $($IPT -S | wc -l) rules"
SCRIPT
bash /tmp/firewall.sh
sh /tmp/firewall.sh
iptables -S
cat > /tmp/bad.sh <<'SCRIPT'
iptables -A INPUT -p tcp --dport 8080 -j ACCEPT
iptables -A INPUT -p tcp --dport 8081 -j ACEPT
iptables -A INPUT -p tcp --dport 8082 -j ACCEPT
echo "done"
SCRIPT
bash /tmp/bad.sh
echo rc=$?
bash -e /tmp/bad.sh
echo rc=$?
bash -ex /tmp/bad.sh
sh -x /tmp/bad.sh
bash +x /tmp/bad.sh
iptables -L INPUT -n --line-numbers
source /tmp/firewall.sh
iptables -L INPUT -n | grep -c ACCEPT
