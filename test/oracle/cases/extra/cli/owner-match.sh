iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner root -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner ! --uid-owner 1000 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 1000-2000 -j ACCEPT
iptables -A OUTPUT -m owner --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner nosuchuser -j ACCEPT
iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A POSTROUTING -t nat -m owner --uid-owner 0 -j ACCEPT
iptables -S
iptables -L OUTPUT -n
