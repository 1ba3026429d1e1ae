# ip6tables-restore: a hand-written file, then typical mistakes with line numbers
cat > /tmp/rules.v6 <<'EOF'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -p ipv6-icmp -j ACCEPT
-A INPUT -s 2001:db8::/32 -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -j REJECT --reject-with icmp6-port-unreachable
COMMIT
EOF
ip6tables-restore < /tmp/rules.v6
ip6tables-save | grep -v '^#'
ip6tables-restore --test < /tmp/rules.v6; echo rc=$?
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.0/8 -j ACCEPT\nCOMMIT\n' | ip6tables-restore
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p icmp --icmp-type echo-request -j ACCEPT\nCOMMIT\n' | ip6tables-restore
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j REJECT --reject-with icmp-host-prohibited\nCOMMIT\n' | ip6tables-restore
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p ipv6-icmp -j ACCEPT\n' | ip6tables-restore
printf '*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [fd00::1]:8080\nCOMMIT\n' | ip6tables-restore --noflush
ip6tables-save -t nat | grep -v '^#'
printf '*filter\n-A INPUT -4 -s 10.0.0.1 -j DROP\n-A INPUT -6 -s 2001:db8::1 -j DROP\nCOMMIT\n' | ip6tables-restore --noflush
ip6tables -S INPUT
printf '*filter\n-A INPUT -4 -s 10.0.0.1 -j DROP\n-A INPUT -6 -s 2001:db8::1 -j DROP\nCOMMIT\n' | iptables-restore --noflush
iptables -S INPUT
iptables-save > /tmp/v4.rules
ip6tables-restore < /tmp/v4.rules; echo rc=$?
printf '*raw\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -m rpfilter --invert -j DROP\nCOMMIT\n*security\n:INPUT ACCEPT [0:0]\nCOMMIT\n' | ip6tables-restore -n
ip6tables-save -t raw | grep -v '^#'
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 2001:db8::1/33/4 -j ACCEPT\nCOMMIT\n' | ip6tables-restore -v
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT\nCOMMIT\n' | ip6tables-restore
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [10:2000]
[5:400] -A INPUT -s fe80::/10 -j ACCEPT
[1:80] -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
COMMIT
EOF
ip6tables -L INPUT -v -n -x
