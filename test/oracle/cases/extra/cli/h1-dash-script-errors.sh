# #!/bin/sh firewall scripts hitting dash's own error words and statuses
cat > /tmp/fw-args.sh <<'EOF2'
#!/bin/sh
set -eu
usage() { echo "usage: $0 -i IFACE"; exit 2; }
IFACE=""
while [ $# -gt 0 ]; do
  case "$1" in
    -i) IFACE="$2"; shift 2 ;;
    *) usage ;;
  esac
done
: "${IFACE:?no interface given}"
iptables -A INPUT -i "$IFACE" -j ACCEPT
echo "allowed $IFACE"
EOF2
chmod +x /tmp/fw-args.sh
/tmp/fw-args.sh -i eth0; echo "exit=$?"
/tmp/fw-args.sh; echo "exit=$?"
/tmp/fw-args.sh -i; echo "exit=$?"
/tmp/fw-args.sh -x; echo "exit=$?"
iptables -S INPUT
sh -c 'set -u; iptables -A INPUT -i "$WAN_IF" -j DROP; echo after'; echo rc=$?
sh -c 'echo "${LAN_NET?}"'; echo rc=$?
sh -c 'echo "${LAN_NET:?}"'; echo rc=$?
sh -c 'echo "${LAN_NET?set LAN_NET first}"'; echo rc=$?
bash -c 'echo "${LAN_NET?}"'; echo rc=$?
sh -c 'cd /etc/iptables-nope && iptables-save > rules.v4'; echo rc=$?
sh -c 'exit abc'; echo rc=$?
sh -c 'trap "iptables -F" EXIT INT TERM; trap'
sh -c 'trap "echo failed" ERR'; echo rc=$?
sh -c 'return 3; echo not-here'; echo rc=$?
sh -c 'break; echo still-here'; echo rc=$?
sh -c 'alias ipt="iptables -w"; alias; alias ipt'
sh -c 'command -V iptables nosuch'; echo rc=$?
