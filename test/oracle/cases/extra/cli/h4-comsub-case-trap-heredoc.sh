# $(…) holding case … esac, comments, here-documents, multi-line pipelines and an EXIT trap, around iptables
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; kind=$(case $(iptables -S INPUT | wc -l) in 1) echo empty;; [2-3]) echo small;; *) echo big;; esac); echo "$kind"
proto=$(iptables -S INPUT | awk '/dport 53/ {print $4}'); label=$(case $proto in tcp|udp) echo "L4:$proto";; esac); echo "$label"; echo "$(echo case) $(echo esac)"
cat > /tmp/c.sh <<'CEOF'
rules=$(cat <<EOF
*filter
-A INPUT -s 198.51.100.0/24 -j DROP # from a heredoc
COMMIT
EOF
)
echo "$rules" | iptables-restore --noflush; iptables -S INPUT | tail -1
n=$(iptables -S |
  grep -c ACCEPT # count the accepts
)
echo "accepts: $n"
out=$(trap 'echo "cleanup in subst"' EXIT; iptables -S INPUT | head -1; exit 4); echo "[$out] rc=$?"
summary=$(for c in INPUT FORWARD; do
  printf '%s=%s ' "$c" "$(iptables -S "$c" | grep -c -- -A)"
done); echo "$summary"
where=$(
  echo "line $LINENO"
  nosuchcmd
)
echo "$where"
CEOF
bash /tmp/c.sh; echo "rc=$?"
