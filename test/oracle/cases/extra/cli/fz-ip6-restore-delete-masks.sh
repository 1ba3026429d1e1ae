ip6tables -A INPUT -s 2001:db8::/48 -j ACCEPT
ip6tables -A INPUT -s 2001:db9::/48 -j DROP
ip6tables -A INPUT -s ::/1 -j ACCEPT
ip6tables-restore -n <<'X'
*filter
-D INPUT -s 2001:db8::/64 -j ACCEPT
-C INPUT -s 2001:db9::1/48 -j DROP
-D INPUT -j ACCEPT
COMMIT
X
ip6tables -S
ip6tables-restore -n <<'X'
*filter
-D INPUT -s 2001:db9::1 -j DROP
COMMIT
X
ip6tables -S
