clear; echo rc=$?
TERM=dumb clear | od -c | head -2
TERM=xterm clear | od -c | head -2
watch -n 1 iptables -L
watch -n1 -d "iptables -nvL INPUT"
watch -g -n1 true
TERM=xterm clear | wc -c
