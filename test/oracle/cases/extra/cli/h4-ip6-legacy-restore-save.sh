# ip6tables-legacy-restore of a firewall file, errors with line numbers, legacy listing widths
cat > /tmp/fw6 <<'EOF'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 135 -j ACCEPT
-A INPUT -s 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff/128 -d 2001:db8:1111:2222:3333:4444:5555:6666/128 -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -m rt --rt-type 0 -j DROP
-A INPUT -j REJECT --reject-with icmp6-adm-prohibited
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination [fd00::10]:8080
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
EOF
ip6tables-legacy-restore < /tmp/fw6
ip6tables-legacy-save | grep -v '^#'
ip6tables-legacy -L -n -v
ip6tables-legacy -L INPUT
ip6tables-legacy -t nat -L -n -v -x
ip6tables-legacy -S INPUT 3
ip6tables-legacy -C INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 135 -j ACCEPT; echo rc=$?
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT\nCOMMIT\n' | ip6tables-legacy-restore; echo rc=$?
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n' | ip6tables-legacy-restore; echo rc=$?
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\n' | ip6tables-legacy-restore; echo rc=$?
printf '*mangle\n-A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64\nCOMMIT\n' | ip6tables-legacy-restore --noflush; echo rc=$?
ip6tables-legacy-save -t mangle | grep -v '^#'
ip6tables-legacy-restore --test < /tmp/fw6; echo rc=$?
ip6tables-save | grep -v '^#'
ip6tables-legacy -F; ip6tables-legacy -t nat -F; ip6tables-legacy -t mangle -F
ip6tables-legacy -P INPUT ACCEPT; ip6tables-legacy -P FORWARD ACCEPT
ip6tables-legacy -L -n
