# iptables-legacy-restore prints the -W deprecation notice when it reads -W: every later exit keeps it
iptables-legacy-restore -t -W 100 --table < /dev/null
iptables-legacy-restore -W 100 -x < /dev/null
iptables-legacy-restore -W 100 -w x < /dev/null
iptables-legacy-restore -W 100 -V
iptables-legacy-restore -W 100 -h | head -1
