# nft add rule with a NAT statement in a regular chain of iptables-nft's tables is validated for every base chain that reaches it (filter INPUT, nat PREROUTING for masquerade, nat POSTROUTING for dnat): 'Operation not supported', the whole command marked; an unreached chain takes it
iptables -N V; iptables -N W; iptables -A INPUT -j V
nft add rule ip filter V oifname "eth*" masquerade; echo rc=$?; nft add rule ip filter W masquerade; echo rc=$?
iptables -t nat -N N; iptables -t nat -N M; iptables -t nat -A POSTROUTING -j N; iptables -t nat -A PREROUTING -j M
nft add rule ip nat N masquerade; echo rc=$?; nft add rule ip nat M masquerade; echo rc=$?; nft add rule ip nat M dnat to 1.2.3.4; echo rc=$?; nft add rule ip nat N ip daddr 1.1.1.1 dnat to 1.2.3.4; echo rc=$?
nft add rule ip nat N snat to 5.5.5.5; echo rc=$?
nft -a list table ip nat | grep -c handle; iptables -t nat -S; iptables -S
