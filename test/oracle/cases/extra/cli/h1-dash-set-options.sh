# firewall scripts run with sh (dash 0.5.12 on Debian 12): no pipefail, and set's errors end the script
cat > /tmp/fw.sh <<'EOF2'
#!/bin/sh
set -euo pipefail
iptables -A INPUT -i lo -j ACCEPT
echo "loaded"
EOF2
chmod +x /tmp/fw.sh
sh /tmp/fw.sh; echo "exit=$?"
/tmp/fw.sh; echo "exit=$?"
iptables -S INPUT
bash /tmp/fw.sh; echo "exit=$?"
iptables -S INPUT
sh -c 'set -o pipefail; echo after'; echo rc=$?
sh -c 'set -o pipefail 2>/dev/null || echo no-pipefail; echo next'; echo rc=$?
sh -c '(set -o pipefail) 2>/dev/null && echo has || echo lacks'
sh -c 'set -eu; iptables -N X; iptables -N X; echo unreachable'; echo rc=$?
sh -c 'set -o foo'; echo rc=$?
sh -c 'set -Z'; echo rc=$?
sh -c 'set -B'; echo rc=$?
sh -c 'set -E; echo $-'
sh -c 'set -o posix'; echo rc=$?
sh -c 'set -o errexit; echo $-'
sh -c 'set -o nounset -o noglob; echo $-'
sh -c 'set -eux; echo $-' 2>/dev/null
sh -c 'echo "[$-]"'
sh -c 'set -o'
sh -c 'set -e; set +o'
sh -c 'set -C -a; set -o | grep -E "noclobber|allexport"'
sh -c 'set -- a b c; echo $#; set -e -- x; echo $# $1'
sh -c 'set +e +u; echo ok'
bash -c 'set -o pipefail; echo $SHELLOPTS'
bash -c 'echo $SHELLOPTS'
bash -c 'set -eu; echo $SHELLOPTS'
