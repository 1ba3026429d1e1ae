# A learner's set -euo pipefail firewall script: associative arrays, mapfile, =~ in a read loop, an EXIT trap, a bad port at the end
cat > /tmp/fw.sh <<'EOS'
#!/bin/bash
set -euo pipefail
IPT=${IPT:-iptables}
declare -A PORTS=([ssh]=22 [http]=80 [https]=443)
ALLOWED=(10.0.0.0/8 192.168.0.0/16)
log() { printf '[fw] %s\n' "$*" >&2; }
allow_port() {
  local name=$1 port=${PORTS[$1]}
  $IPT -A INPUT -p tcp --dport "$port" -m comment --comment "allow-$name" -j ACCEPT
  log "allowed $name ($port)"
}
$IPT -F INPUT
$IPT -P INPUT DROP
$IPT -A INPUT -i lo -j ACCEPT
$IPT -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
for svc in $(printf '%s\n' "${!PORTS[@]}" | sort); do allow_port "$svc"; done
for net in "${ALLOWED[@]}"; do $IPT -A INPUT -s "$net" -p icmp --icmp-type echo-request -j ACCEPT; done
if ! $IPT -C INPUT -p tcp --dport 25 -j ACCEPT 2>/dev/null; then log "smtp closed"; fi
count=$($IPT -S INPUT | grep -c -- '-j ACCEPT')
log "rules: $count"
[[ $count -ge 5 ]] && echo OK || echo FEW
mapfile -t lines < <($IPT -S INPUT)
echo "${#lines[@]} lines, first: ${lines[0]}"
while IFS= read -r rule; do
  [[ $rule =~ --dport\ ([0-9]+) ]] && echo "port ${BASH_REMATCH[1]}"
done < <($IPT -S INPUT)
printf -v summary '%s|' "${!PORTS[@]}"; echo "${summary%|}" | tr '|' '\n' | sort | paste -sd,
trap 'echo cleanup >&2' EXIT
unset_var=${UNSET:-default}; echo ${unset_var^^}
$IPT -A INPUT -p tcp --dport nope -j ACCEPT
echo unreachable
EOS
chmod +x /tmp/fw.sh
/tmp/fw.sh; echo rc=$?
iptables -S INPUT
IPT=ip6tables bash /tmp/fw.sh; echo rc=$?
