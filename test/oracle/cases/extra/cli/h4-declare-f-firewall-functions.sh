# declare -f / type / declare -F print a firewall script's functions as bash re-formats them
cat > /tmp/fwlib.sh <<'FWLIB'
log() { echo "[fw] $*" >&2; }
allow_port() {
  local port=$1 proto=${2:-tcp}
  if ! iptables -C INPUT -p "$proto" --dport "$port" -j ACCEPT 2>/dev/null; then
    iptables -A INPUT -p "$proto" --dport "$port" -j ACCEPT && log "allowed $proto/$port"
  elif [[ $proto == udp ]]; then log "udp already there"
  else
    log "already allowed $proto/$port"
  fi
}
flush_drops() {
  iptables -S | grep -- '-j DROP' | sed 's/^-A/-D/' | while read -r line; do iptables $line; done
  for c in INPUT FORWARD; do
    n=$(iptables -S "$c" | wc -l); echo "$c: $((n-1)) rules"
  done
  case "$1" in
    -v|--verbose) iptables -S ;;
    *) : ;;
  esac
}
restore_base() {
  iptables-restore --noflush <<'RULES'
*filter
-A INPUT -s 192.0.2.0/24 -j DROP
COMMIT
RULES
  { iptables-save | grep -c '^-A'; } > /tmp/count 2>&1
  ( cd /tmp && cat count )
}
FWLIB
source /tmp/fwlib.sh; declare -f allow_port
source /tmp/fwlib.sh; declare -f flush_drops restore_base
source /tmp/fwlib.sh; type log; declare -F; declare -F allow_port nosuch; echo "rc=$?"
source /tmp/fwlib.sh; declare -f nosuch; echo "rc=$?"; type -t allow_port
source /tmp/fwlib.sh; bash -c "$(declare -f log allow_port); allow_port 22; allow_port 22; allow_port 53 udp"; iptables -S INPUT
source /tmp/fwlib.sh; restore_base; flush_drops -v
f() { x=$( (echo sub) ); y=$'tab\there'; exec 3>&-; echo hi >&2; cat <> /tmp/count; ls |& cat; }; declare -f f
g() for p in 22 80; do iptables -A INPUT -p tcp --dport $p -j ACCEPT; done; declare -f g; g; iptables -S INPUT | tail -n 2
