iptables -I web --goto INPUT
iptables -A web -j OUTPUT
iptables -A web -j nosuch
iptables -A INPUT -j ACCEPT
iptables -I web -j INPUT
iptables -I FORWARD -g QUEUE
iptables -I FORWARD -j QUEUE
iptables -N web
iptables -I web -g INPUT
iptables -E web QUEUE
iptables -I FORWARD -g QUEUE
iptables -S
