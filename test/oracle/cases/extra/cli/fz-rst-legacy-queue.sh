# iptables-legacy: QUEUE is one of libiptc's standard verdicts (nft refuses it)
iptables-legacy -A INPUT -j QUEUE
iptables-legacy -I INPUT -s 1.2.3.4 -j QUEUE
iptables-legacy -R INPUT 2 -j QUEUE
iptables-legacy -A INPUT -g QUEUE
iptables-legacy -C INPUT -j QUEUE
iptables-legacy -D INPUT -s 1.2.3.4 -j QUEUE
iptables-legacy -C INPUT -s 1.2.3.4 -j QUEUE
iptables-legacy -I nochain -j QUEUE
iptables-legacy -L INPUT -n -v
iptables-legacy -L INPUT
iptables-legacy -v -A INPUT -p tcp -j QUEUE
iptables-legacy -t nat -A OUTPUT -j QUEUE
iptables-legacy-save | grep -v '^#'
iptables-legacy-save > /tmp/l
iptables-legacy -F
iptables-legacy-restore < /tmp/l
iptables-legacy -S
iptables-legacy -X QUEUE
iptables-legacy -E INPUT QUEUE
ip6tables-legacy -A INPUT -j QUEUE
ip6tables-legacy -S INPUT
iptables -A INPUT -j QUEUE
iptables -S INPUT
ip6tables -j TCPMSS -h | tail -1
ip6tables-legacy -j TCPMSS -h | tail -1
iptables -j TCPMSS -h | tail -1
