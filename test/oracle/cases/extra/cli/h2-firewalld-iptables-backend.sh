# firewalld with FirewallBackend=iptables (CentOS 7 / RHEL style chains), loaded by iptables-restore -w
cat > /tmp/fwd.rules <<'FWEOF'
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:INPUT_direct - [0:0]
:INPUT_ZONES - [0:0]
:IN_public - [0:0]
:IN_public_allow - [0:0]
:IN_public_deny - [0:0]
:IN_public_log - [0:0]
:OUTPUT_direct - [0:0]
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT
-A INPUT -i lo -j ACCEPT
-A INPUT -j INPUT_direct
-A INPUT -j INPUT_ZONES
-A INPUT -m conntrack --ctstate INVALID -j DROP
-A INPUT -j REJECT --reject-with icmp-host-prohibited
-A OUTPUT -o lo -j ACCEPT
-A OUTPUT -j OUTPUT_direct
-A INPUT_ZONES -i eth0 -g IN_public
-A INPUT_ZONES -g IN_public
-A IN_public -j IN_public_log
-A IN_public -j IN_public_deny
-A IN_public -j IN_public_allow
-A IN_public -p icmp -j ACCEPT
-A IN_public_allow -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-A IN_public_allow -p udp -m udp --dport 546 -d fe80::/64 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
-A IN_public_allow -p tcp -m tcp --dport 9090 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
COMMIT
FWEOF
iptables-restore -w < /tmp/fwd.rules; echo rc=$?
sed -i '/fe80/d' /tmp/fwd.rules
iptables-restore -w < /tmp/fwd.rules; echo rc=$?
iptables -L -n -v
iptables -L IN_public_allow
iptables -L INPUT_ZONES -n -v --line-numbers
iptables -S INPUT
iptables -A IN_public_deny -s 192.0.2.0/24 -m conntrack --ctstate NEW,UNTRACKED -j REJECT --reject-with icmp-host-prohibited
iptables -A IN_public_log -m limit --limit 1/s -j LOG --log-prefix "FINAL_REJECT: "
iptables -I IN_public_allow -p tcp -m tcp --dport 443 -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
iptables-save -c | grep -v '^#'
iptables -L IN_public_deny
nft list chain ip filter IN_public_allow
nft list chain ip filter INPUT_ZONES
nft list chain ip filter INPUT
