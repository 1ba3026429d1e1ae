# Long guide commands split with backslashes, run every way a learner runs a script: bash FILE, sh FILE, bash < FILE, a pipe into bash, source, a heredoc into bash, ./FILE, and a comment line ending in a backslash
printf '#!/bin/sh\niptables -A INPUT \\\n  -p tcp \\\n  --dport 22 \\\n  -j ACCEPT\n# keep ssh open \\\niptables -A INPUT -p tcp --dport 80 -j ACCEPT\necho done\n' > /tmp/fw.sh
chmod +x /tmp/fw.sh
bash /tmp/fw.sh
sh /tmp/fw.sh
bash < /tmp/fw.sh
cat /tmp/fw.sh | bash
cat /tmp/fw.sh | sh
. /tmp/fw.sh
/tmp/fw.sh
cd /tmp && ./fw.sh
bash -n /tmp/fw.sh; echo rc=$?
iptables -S INPUT | sort | uniq -c
iptables -F
bash <<'EOF'
iptables -A OUTPUT \
  -p udp \
  --dport 53 -j ACCEPT
iptables -A OUTPUT \
-j DROP \
# trailing
echo rc=$?
EOF
iptables -S OUTPUT
printf 'iptables -A FORWARD -p tcp \\\n' > /tmp/half.sh
bash /tmp/half.sh; echo rc=$?
sh /tmp/half.sh; echo rc=$?
printf 'echo one \\\\\necho two\n' > /tmp/esc.sh
bash /tmp/esc.sh
printf 'echo "a \\\nb"\necho '"'"'c \\\nd'"'"'\n' > /tmp/q.sh
bash /tmp/q.sh
sh /tmp/q.sh
printf 'for p in 22 \\\n 80; do\n  echo port $p\ndone\n' > /tmp/loop.sh
bash /tmp/loop.sh
printf 'iptables -A INPUT -p tcp --dport 8080 -j ACCEPT \\\n\niptables -A INPUT -p tcp --dport 8081 -j ACCEPT\n' > /tmp/blank.sh
bash /tmp/blank.sh; echo rc=$?
iptables -S INPUT
