seq 10001 > /tmp/h10n
n=0; while read l; do n=$((n+1)); done < /tmp/h10n; echo "n=$n last=$l"
seq 10003 | { n=0; while read -r l; do n=$((n+1)); done; echo "n=$n"; }
rm -f /tmp/h10n
