# Debian 12 has mawk as awk and nawk, no gawk; mawk -W version flushes its stdout before the limits on stderr
gawk 'BEGIN{print 1}'; echo rc=$?
command -v gawk nawk mawk awk; echo rc=$?
type awk mawk
iptables -S | nawk '{print NR": "$0}'
awk -W version
awk -W version 2>/dev/null
awk -W version 2>&1 | cat -A
awk -W version 2>&1 >/dev/null | head -2
mawk -Wv 2>&1 | head -1
