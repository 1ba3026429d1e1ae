# rules nft adds to iptables-nft's tables with statements iptables 1.8.9 parses back (meta mark tests, limit rate, tcp flags F and & (..) == F, meta pkttype, ip ttl) list as -m mark/limit/tcp/pkttype/ttl and keep the chain compatible (ct mark does not); meta nfproto in an ip/ip6 table is refused
iptables -N V
nft add rule ip filter V meta mark 7 return; nft add rule ip filter V meta mark != 0x10 counter accept; nft add rule ip filter V meta mark == 0xffffffff drop; echo rc=$?; iptables -S V; echo rc=$?; iptables -L V -n -v; iptables -C V -m mark --mark 7 -j RETURN; echo rc=$?; iptables -D V -m mark ! --mark 0x10 -j ACCEPT; echo rc=$?; nft list chain ip filter V
iptables -F V; nft add rule ip filter V limit rate 5/second accept; nft add rule ip filter V limit rate 10/minute burst 7 packets; nft add rule ip filter V limit rate 1/hour burst 5 packets drop; echo rc=$?; iptables -S V; echo rc=$?; iptables -L V -n; iptables-save | grep limit
iptables -F V; nft add rule ip filter V ip ttl 64 drop; nft add rule ip filter V ip ttl != 1 accept; echo rc=$?; iptables -S V; echo rc=$?
iptables -F V; nft add rule ip filter V meta pkttype broadcast drop; nft add rule ip filter V meta pkttype != host accept; echo rc=$?; iptables -S V; echo rc=$?
iptables -F V; nft add rule ip filter V tcp flags syn accept; echo rc=$?; iptables -S V; echo rc=$?; iptables -L V -n
iptables -F V; nft add rule ip filter V tcp flags '& (syn|ack) == syn' accept; echo rc=$?; iptables -S V; echo rc=$?
iptables -F V; nft add rule ip filter V ct mark 0x1 accept; echo rc=$?; iptables -S V; echo rc=$?
iptables -F V; nft add rule ip filter V meta nfproto ipv4 accept; echo rc=$?; iptables -S V; echo rc=$?
nft add table ip t; nft add chain ip t c; nft add rule ip t c meta nfproto ipv6 drop; echo rc=$?; ip6tables -N V; nft add rule ip6 filter V meta nfproto ipv6 accept; echo rc=$?; nft add table inet i; nft add chain inet i c; nft add rule inet i c meta nfproto ipv4 meta mark 3 accept; echo rc=$?
iptables -F V; nft add rule ip filter V tcp flags '& (fin|syn|rst|ack) == syn' counter accept; nft add rule ip filter V meta pkttype multicast meta mark 0x2 limit rate 3/day ip ttl 5 return; echo rc=$?; iptables -S V; iptables -L V -n -v; iptables -D V 1; iptables -C V -m pkttype --pkt-type multicast -m mark --mark 2 -m limit --limit 3/day -m ttl --ttl-eq 5 -j RETURN; echo rc=$?; nft list chain ip filter V
