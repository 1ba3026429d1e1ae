iptables -A OUTPUT -m owner --uid-owner 4242 -j REJECT
iptables -A OUTPUT -m owner --gid-owner 100 --suppl-groups -j ACCEPT
iptables -A OUTPUT -m owner ! --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0-99 ! --gid-owner 5 -j ACCEPT
iptables -L OUTPUT
iptables -S OUTPUT
