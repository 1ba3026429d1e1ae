iptables-restore -c <<'XEOF2'
*filter
:INPUT ACCEPT [123456789:98765432109]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [99999:100000]
[1:2] -A INPUT -i averyverylongif -o x -s 192.168.100.200/32 -d 255.255.255.255 -p tcp --dport 65535 -j ACCEPT
[999999:1000000] -A INPUT -s 10.10.10.10/31 -j DROP
[100000:99999] -A INPUT -p udp -j ACCEPT
[12345678901234:123456789012345] -A INPUT -p tcp -j ACCEPT
[4294967296:18446744073709551615] -A OUTPUT -j ACCEPT
[18446744073709551615:1] -A FORWARD -j DROP
COMMIT
XEOF2
iptables -L INPUT -n -v
iptables -L INPUT -n -v -x
iptables -L -v
iptables -L -v -x -n --line-numbers
iptables -L OUTPUT -v
iptables -L FORWARD -n -v
iptables -L FORWARD -n -v -x
iptables -S -v
iptables -S INPUT -v
iptables-save -c
iptables -L INPUT -n
iptables -nvL
iptables -nvxL INPUT
iptables -vnL --line-numbers
iptables -L -nv INPUT
iptables -Z INPUT
iptables -L INPUT -n -v
iptables -L OUTPUT -n -v
ip6tables-restore -c <<'XEOF2'
*filter
:INPUT ACCEPT [5000:6000000]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
[10:1000000000] -A INPUT -i averyverylongif -s 2001:db8:1234:5678:9abc:def0:1234:5678/128 -d ff02::1 -p tcp --dport 65535 -j ACCEPT
[77:7777] -A INPUT -s 2001:db8::/32 ! -o lo -j DROP
COMMIT
XEOF2
ip6tables -L INPUT -n -v
ip6tables -L INPUT -n -v -x
ip6tables -L INPUT -n
ip6tables -L INPUT -v -n --line-numbers
ip6tables-save -c
