iptables -N LOGDROP
iptables -N web
iptables -I INPUT -g LOGDROP
iptables -A INPUT -j web
iptables -E INPUT ACCEPT
iptables -L -n
iptables -X LOGDROP
iptables -X
iptables -E web QUEUE
iptables -N QUEUE
iptables -N queue
iptables -A OUTPUT -j QUEUE
iptables -S
