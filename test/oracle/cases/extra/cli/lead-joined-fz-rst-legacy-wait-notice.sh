# fz-rst-legacy-wait-notice with legacy tables present and every command's stderr joined to its stdout (2>&1).
iptables-legacy -N LEGACYX; ip6tables-legacy -N LEGACYX
# iptables-legacy-restore prints the -W deprecation notice when it reads -W: every later exit keeps it
iptables-legacy-restore -t -W 100 --table < /dev/null 2>&1
iptables-legacy-restore -W 100 -x < /dev/null 2>&1
iptables-legacy-restore -W 100 -w x < /dev/null 2>&1
iptables-legacy-restore -W 100 -V 2>&1
iptables-legacy-restore -W 100 -h | head -1 2>&1
