cat > /tmp/fwctl <<'FEOF'
#!/usr/bin/env bash
# fwctl - tiny firewall helper
set -o errexit -o nounset -o pipefail
PROG=${0##*/}
VERSION=1.2
usage() {
  cat >&2 <<USAGE
Usage: $PROG [-h] [-V] [-t table] <command> [args]

Commands:
USAGE
  printf '  %-12s %s\n' list "show rules" allow "allow PORT[/PROTO]" block "block ADDR" count "count rules per chain" >&2
  exit "${1:-1}"
}
die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 2; }
TABLE=filter
while getopts ":hVt:" o; do
  case "$o" in
    h) usage 0 ;;
    V) echo "$PROG $VERSION"; exit 0 ;;
    t) TABLE=$OPTARG ;;
    :) die "-$OPTARG needs a value" ;;
    *) die "unknown option -$OPTARG" ;;
  esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 ]] || usage
cmd=$1; shift
case $cmd in
  list) iptables -t "$TABLE" -S ;;
  allow)
    [[ $# -eq 1 ]] || die "allow needs PORT[/PROTO]"
    IFS=/ read -r port proto <<< "$1"
    proto=${proto:-tcp}
    [[ $port =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "bad port '$port'"
    iptables -A INPUT -p "$proto" --dport "$port" -j ACCEPT
    echo "allowed $port/$proto" ;;
  block)
    for a in "$@"; do
      if [[ $a =~ ^([0-9]{1,3}\.){3}[0-9]{1,3}(/[0-9]+)?$ ]]; then iptables -I INPUT -s "$a" -j DROP; else echo "skip $a" >&2; fi
    done ;;
  count)
    iptables -t "$TABLE" -S | awk '$1=="-A" {n[$2]++} $1=="-P"||$1=="-N" {n[$2]+=0} END {for (c in n) printf "%-12s %d\n", c, n[c]}' | sort ;;
  *) die "unknown command '$cmd'" ;;
esac
FEOF
chmod 755 /tmp/fwctl; /tmp/fwctl; echo "rc=$?"
/tmp/fwctl -h; echo "rc=$?"; /tmp/fwctl -V; /tmp/fwctl -x list; echo "rc=$?"; /tmp/fwctl -t; echo "rc=$?"
/tmp/fwctl allow 22; /tmp/fwctl allow 53/udp; /tmp/fwctl allow 70000; echo "rc=$?"; /tmp/fwctl allow abc; echo "rc=$?"; /tmp/fwctl allow; echo "rc=$?"
/tmp/fwctl block 203.0.113.5 10.0.0.0/8 nonsense 1.2.3; echo "rc=$?"; /tmp/fwctl list; /tmp/fwctl count; /tmp/fwctl -t nat count
/tmp/fwctl -t bogus list; echo "rc=$?"; /tmp/fwctl frobnicate; echo "rc=$?"
cd /tmp && ./fwctl -V && PATH=/tmp:$PATH fwctl -V && bash fwctl -V && sh -c './fwctl -V'
