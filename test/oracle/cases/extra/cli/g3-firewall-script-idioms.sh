# firewall-script idioms: readonly IPT, IPT="iptables -w", port arrays, brace ranges, an idempotent allow() with -C, a start/stop dispatcher, "$@" passed to iptables and ${!#} (the last argument), a heredoc into iptables-restore
readonly IPT=/usr/sbin/iptables; $IPT -N SSH; $IPT -A SSH -j ACCEPT; $IPT -S SSH; IPT=x; echo rc=$?
IPT="iptables -w"; $IPT -A INPUT -p tcp --dport 80 -j ACCEPT; $IPT -S INPUT | tail -1; "$IPT" -S 2>&1 | head -1
PORTS=(22 80 443); for p in "${PORTS[@]}"; do iptables -A INPUT -p tcp --dport "$p" -j ACCEPT; done; iptables -S INPUT | grep -c dport; echo "${PORTS[*]}" "${#PORTS[@]}"
for i in {1..3}; do iptables -A INPUT -s 10.0.$i.0/24 -j DROP; done; iptables -S INPUT | grep -c 10.0; echo {a..c} {1..10..3} {05..07} {z..x}
allow() { local proto=${2:-tcp}; iptables -C INPUT -p "$proto" --dport "$1" -j ACCEPT 2>/dev/null && { echo "exists $1/$proto"; return 0; }; iptables -A INPUT -p "$proto" --dport "$1" -j ACCEPT; echo "added $1/$proto"; }; allow 22; allow 53 udp; allow 53 udp
main() { case "$1" in start|up) echo starting; iptables -P INPUT DROP;; stop) echo stopping; iptables -P INPUT ACCEPT;; *) echo "usage: $0 {start|stop}" >&2; return 2;; esac; }; main start; main bogus; echo rc=$?; main stop; iptables -S | head -1
set -- -p tcp --dport 22; iptables -C INPUT "$@" -j ACCEPT && echo present; echo "$# args, first=$1 last=${!#}"; shift 2; echo "$@"
cat <<EOF | iptables-restore -n
*filter
-A INPUT -s ${NET:-192.168.0.0/16} -j ACCEPT
COMMIT
EOF
iptables -S INPUT | tail -1
if ! iptables -C INPUT -s 1.2.3.4 -j DROP 2>/dev/null; then iptables -I INPUT 1 -s 1.2.3.4 -j DROP; fi; iptables -S INPUT 1 2>&1 | head -2; iptables -L INPUT 1 -n
[ "$(id -u)" -eq 0 ] || { echo "must be root"; exit 1; }; echo root-ok; [ $# -eq 0 ] && echo "no args"
iptables -S INPUT | while read -r _ _ rest; do printf '%-40s|\n' "${rest:0:40}"; done | head -3
count=$(iptables -S INPUT | grep -c -- '-j DROP'); if (( count > 2 )); then echo "many drops: $count"; elif (( count > 0 )); then echo "some"; else echo none; fi
for t in filter nat mangle raw; do printf '%s: %d chains\n' "$t" "$(iptables -t $t -S | grep -c '^-[PN]')"; done
iptables -S | awk '/^-A/{print $2}' | sort | uniq -c | while read -r n c; do echo "$c=$n"; done
set -- a b c; echo "${!#}" "${#}" "${!1}"; x=y; y=z; echo ${!x}; n=2; echo ${!n}; echo "${@: -1}" "${*: -1}"; a=b; b=; echo "[${!a}]"; unset q; echo "[${!q}]"
