ip link add v0 type veth peer name v1
ip6tables -A INPUT -s fe80::1%lo -j DROP
ip6tables -A INPUT -s fe80::3%nosuch -j DROP
ip6tables -A INPUT -s fe80::4%1 -j DROP
ip6tables -A INPUT -s fe80::5%4294967295 -j DROP
ip6tables -A INPUT -s fe80::6%4294967296 -j DROP
ip6tables -A INPUT -s 2001:db8::7%lo -j DROP
ip6tables -A INPUT -s 2001:db8::8%3 -j DROP
ip6tables -A INPUT -s ff02::9%lo -j DROP
ip6tables -A INPUT -s ff01::a%lo -j DROP
ip6tables -A INPUT -s ff05::b%lo -j DROP
ip6tables -A INPUT -s fe80::c%lo/64 -j DROP
ip6tables -A INPUT -d fe80::d%lo,fe80::e%1 -j DROP
ip6tables -A INPUT -s fe80::f% -j DROP
ip6tables -A INPUT -s fe80::10%1x -j DROP
ip6tables -A INPUT -s fe80::11%+1 -j DROP
ip6tables -A INPUT -s fe80::12%lo%lo -j DROP
ip6tables -A INPUT -s ::1%lo -j DROP
ip6tables -A INPUT -s localhost -j DROP
ip6tables -A INPUT -s ip6-localhost -j DROP
ip6tables -A INPUT -s fe80::13%0 -j DROP
ip6tables -A INPUT -s fe80::14%LO -j DROP
ip6tables -A INPUT -s ::ffff:1.2.3.4%lo -j DROP
ip6tables -A INPUT -s fe80::15%0x1 -j DROP
ip6tables -A INPUT -s fe80::16%01 -j DROP
ip6tables -S
iptables -A INPUT -s 1.2.3.4%lo -j DROP
iptables -A INPUT -s 1.2.3.4%1 -j DROP
iptables -S
ip6tables-legacy -A INPUT -s fe80::1%lo -j DROP
ip6tables-legacy -A INPUT -s fe80::3%nosuch -j DROP
ip6tables-legacy -S
ip6tables-restore <<'EOT'
*filter
-A INPUT -s fe80::1%lo -j ACCEPT
COMMIT
EOT
ip6tables -S INPUT
ip6tables -A INPUT -s ff12::1%lo -j DROP
ip6tables -A INPUT -s ff32::2%lo -j DROP
ip6tables -A INPUT -s ff11::3%lo -j DROP
ip6tables -A INPUT -s febf::4%lo -j DROP
ip6tables -A INPUT -s fec0::5%lo -j DROP
ip6tables -S INPUT
ip6tables -A INPUT -s fe80::20%v0 -j DROP
ip6tables -A INPUT -s fe80::21%v1 -d ff02::1%v0 -j DROP
ip6tables -A INPUT -s fe80::22%v2 -j DROP
ip6tables -S INPUT
