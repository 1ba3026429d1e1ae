iptables-restore <<'X'
*filter
:web - [0:0]
-A INPUT -j web
-A web -j ACCEPT
:OUTPUT DROP [0:0]
-A OUTPUT -j ACCEPT
-N late
-A late -j RETURN
-A FORWARD -j late
COMMIT
X
nft -a list table ip filter
iptables -vv -S
iptables-restore --noflush <<'X'
*filter
-A INPUT -j ACCEPT
COMMIT
*nat
-A POSTROUTING -j MASQUERADE
:mid - [0:0]
-A PREROUTING -j mid
COMMIT
X
nft -a list ruleset
