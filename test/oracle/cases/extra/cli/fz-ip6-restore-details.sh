ip6tables-restore <<'X'
*filter
:INPUT ACCEPT [5:100]
-A INPUT -s 2001:db8::/33 -j NOPE
COMMIT
X
ip6tables-restore <<'X'
*filter
-A INPUT -s 2001:db8::/129 -j DROP
COMMIT
X
ip6tables-restore <<'X'
*mangle
-A PREROUTING -j HL --hl-set 3
-A PREROUTING -j TTL --ttl-set 3
COMMIT
X
ip6tables-restore -c <<'X'
*filter
:INPUT DROP [10:2000]
[3:300] -A INPUT -s fe80::/10 -j ACCEPT
COMMIT
X
ip6tables-save -c
ip6tables -L -v -n -x
ip6tables-restore --test <<'X'
*filter
-A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT
COMMIT
X
ip6tables-restore -v <<'X'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p icmpv6 --icmpv6-type 128 -j ACCEPT
COMMIT
X
ip6tables-restore -n <<'X'
*filter
-D INPUT -p icmpv6 --icmpv6-type 128 -j ACCEPT
-A INPUT -d ff02::1:ff00:0/104 -j ACCEPT
COMMIT
X
ip6tables-save
ip6tables-restore <<'X'
*raw
-A PREROUTING -m rpfilter --invert -j DROP
COMMIT
*nat
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
X
ip6tables-save | grep -v "^#"
ip6tables-restore -T nat <<'X'
*filter
-A INPUT -j DROP
COMMIT
*nat
-A PREROUTING -p tcp -j DNAT --to-destination [::2]:80
COMMIT
X
ip6tables -t nat -S
ip6tables -S
ip6tables-restore /nonexistent
ip6tables-restore -h
iptables-restore -c <<'X'
*filter
:INPUT DROP [10:2000]
[3:300] -A INPUT -s 10.0.0.0/8 -j ACCEPT
COMMIT
X
iptables-save -c
ip6tables -A INPUT -c 5 500 -j ACCEPT
ip6tables -I INPUT -c 7 700 -s ::5 -j ACCEPT
ip6tables-save -c
ip6tables-restore -c <<'X'
*filter
:INPUT DROP [10:2000]
-A INPUT -s 2001:db8::/32 -c 4 400 -j ACCEPT
[3:300] -A INPUT -p tcp -j ACCEPT
COMMIT
X
ip6tables-save -c
ip6tables-legacy -A INPUT -c 5 500 -j ACCEPT
ip6tables-legacy -S -v
ip6tables -P INPUT ACCEPT -c 9 900
ip6tables -S -v
