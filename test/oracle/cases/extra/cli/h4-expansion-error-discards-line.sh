# a failed $((…)) or bad ${…} drops the rest of its line only: the script goes on with the next line (status 1 for the dropped one)
cat > /tmp/rate.sh <<'REOF'
#!/bin/bash
set -e
limit=${1:-0}
iptables -N RATE 2>/dev/null || true
echo "per-second: $(( 600 / limit ))"; iptables -A RATE -m limit --limit "$limit/min" -j ACCEPT
echo "after the bad line rc=$?"
burst=$(( limit * 2 )); echo "burst=$burst"
port=${2:-22}; echo "slice: ${port:0:-5}"; iptables -A RATE -p tcp --dport "$port" -j ACCEPT
f() { echo "in f: $(( 1 / limit ))"; echo "rest of f"; }
f; echo "same line as f"
echo "after f rc=$?"
iptables -S RATE
REOF
bash /tmp/rate.sh; echo "rc=$?"
bash /tmp/rate.sh 60 8080; echo "rc=$?"
bash -c $'echo $((1/0)); echo same\necho next-line'; echo "rc=$?"; bash -c 'echo $((1/0)); echo same'; echo "rc=$?"
bash -c $'v=x; echo ${!v}; echo same\necho next'; echo "rc=$?"; bash -c $'echo $((1/0)) | cat; echo after-pipe\n(echo $((2/0)); echo in); echo after-sub'; echo "rc=$?"
bash -c $'eval \'echo $((1/0)); echo x\'; echo after-eval\nx=${u?unset}; echo never\necho never2'; echo "rc=$?"
