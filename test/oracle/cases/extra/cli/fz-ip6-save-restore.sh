ip6tables-restore <<'X'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:LOGDROP - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -p ipv6-icmp -j ACCEPT
-A INPUT -s fe80::/10 -p udp -m udp --dport 546 -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -j LOGDROP
-A LOGDROP -j LOG --log-prefix "DROP6 "
-A LOGDROP -j DROP
COMMIT
X
ip6tables-save
ip6tables -L -n -v --line-numbers
ip6tables-restore -n <<'X'
*filter
-A INPUT -s 2001:db8::/32 -j ACCEPT
COMMIT
X
ip6tables -S INPUT
ip6tables-restore <<'X'
*filter
-A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
X
ip6tables-restore <<'X'
*filter
-4 -A INPUT -s 10.0.0.1 -j ACCEPT
-6 -A INPUT -s ::1 -j ACCEPT
COMMIT
X
iptables-restore <<'X'
*filter
-4 -A INPUT -s 10.0.0.1 -j ACCEPT
-6 -A INPUT -s ::1 -j ACCEPT
COMMIT
X
iptables-save
ip6tables-save
ip6tables-restore <<'X'
*filter
-A INPUT -p icmp --icmp-type 8 -j ACCEPT
COMMIT
X
ip6tables-restore -t <<'X'
*nat
:PREROUTING ACCEPT [0:0]
-A PREROUTING -j DROP
COMMIT
X
ip6tables -Z
ip6tables -N NEWC
ip6tables -E NEWC RENAMED
ip6tables -A INPUT -j RENAMED
ip6tables -X RENAMED
ip6tables -L RENAMED -n
ip6tables -F INPUT
ip6tables -D INPUT 5
ip6tables -X
ip6tables -L -n
ip6tables-legacy -A INPUT -s 2001:db8::1 -j ACCEPT
ip6tables-legacy -S
ip6tables-legacy -L -n
ip6tables -L -n
ip6tables-legacy-save
ip6tables-nft -V
ip6tables-legacy -V
ip6tables-save -V
ip6tables-restore -V
