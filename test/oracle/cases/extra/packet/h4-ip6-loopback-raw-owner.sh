# raw NOTRACK and owner matches on a local IPv6 connection attempt
ip6tables -t raw -A OUTPUT -p tcp --dport 81 -j NOTRACK
ip6tables -t raw -A PREROUTING -p tcp --sport 81 -j CT --notrack
ip6tables -A OUTPUT -m owner --uid-owner 0 -p tcp -j ACCEPT
ip6tables -A OUTPUT -m owner ! --uid-owner 0 -p tcp -j ACCEPT
ip6tables -A OUTPUT -p tcp -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
ip6tables -A INPUT -m state --state INVALID -j ACCEPT
curl -sS http://[::1]:81/; echo rc=$?
curl -sS http://[::1]:82/; echo rc=$?
ip6tables -L -v -n -x
ip6tables -t raw -L -v -n -x
