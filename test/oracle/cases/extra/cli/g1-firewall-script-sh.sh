cat > /tmp/g1fw.sh <<'EOF'
#!/bin/sh
set -eu
IPT=/sbin/iptables
WAN=eth0
TRUSTED="10.0.0.0/8 192.168.0.0/16"
log() { echo "[fw] $*"; }
allow_port() {
  proto=$1; shift
  for p in "$@"; do
    $IPT -A INPUT -p "$proto" --dport "$p" -j ACCEPT
    log "allowed $proto/$p"
  done
}
log "flushing"
$IPT -F
$IPT -X
$IPT -P INPUT DROP
$IPT -P FORWARD DROP
$IPT -A INPUT -i lo -j ACCEPT
$IPT -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
for net in $TRUSTED; do
  $IPT -A INPUT -s "$net" -j ACCEPT
done
allow_port tcp 22 80 443
allow_port udp 53
$IPT -N LOGDROP 2>/dev/null || $IPT -F LOGDROP
$IPT -A LOGDROP -m limit --limit 5/min -j LOG --log-prefix "fw-drop: "
$IPT -A LOGDROP -j DROP
$IPT -A INPUT -i "$WAN" -j LOGDROP
n=$($IPT -S INPUT | grep -c '^-A')
log "INPUT has $n rules"
echo -n "done"; echo
[ "$n" -gt 5 ] && log "ok"
$IPT -A INPUT -j NOSUCH
log "not reached"
EOF
chmod +x /tmp/g1fw.sh
sh /tmp/g1fw.sh; echo rc=$?
iptables -S
bash /tmp/g1fw.sh; echo rc=$?
/tmp/g1fw.sh > /dev/null; echo rc=$?
sh -x /tmp/g1fw.sh 2>&1 | head -8
bash -n /tmp/g1fw.sh; echo syntax=$?
. /tmp/g1fw.sh; echo sourced=$?
