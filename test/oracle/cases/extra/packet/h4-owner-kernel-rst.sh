# the kernel's own RST (closed port) has no socket: only a rule whose owner tests are all inverted matches it
iptables -A OUTPUT -m owner --uid-owner 0 -p tcp -j ACCEPT
iptables -A OUTPUT -m owner ! --uid-owner 0 -p tcp -j ACCEPT
iptables -A OUTPUT -m owner ! --socket-exists -p tcp -j ACCEPT
iptables -A OUTPUT -m owner --socket-exists -p tcp -j ACCEPT
iptables -A OUTPUT -p tcp -j ACCEPT
curl -sS http://127.0.0.1:81/; echo rc=$?
iptables -L OUTPUT -v -n -x
