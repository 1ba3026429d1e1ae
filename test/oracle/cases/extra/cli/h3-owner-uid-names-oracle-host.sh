iptables -A OUTPUT -m owner --uid-owner ROOT -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner "root " -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0x10 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 010 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner +5 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 5- -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner -5 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner root-daemon -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0-daemon -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner " 7" -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner Root -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner 0:5 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 1000 --gid-owner 1000 --suppl-groups -j ACCEPT
iptables -A OUTPUT -m owner --suppl-groups -j ACCEPT
iptables -A OUTPUT -m owner ! --uid-owner 0 ! --gid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0 --uid-owner 1 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner ünï -j ACCEPT
iptables -S OUTPUT
iptables -L OUTPUT
iptables -L OUTPUT -n
iptables -A OUTPUT -m owner --uid-owner cloudsdk --gid-owner postgres -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 996-998 --gid-owner 102 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner messagebus -j ACCEPT
iptables -L OUTPUT
iptables -S OUTPUT
ip6tables -A OUTPUT -m owner --uid-owner 1000 -j ACCEPT
ip6tables -L OUTPUT
iptables-legacy -A OUTPUT -m owner --uid-owner 1000 -j ACCEPT
iptables-legacy -L OUTPUT
getent passwd 1000
getent group 104
id cloudsdk
