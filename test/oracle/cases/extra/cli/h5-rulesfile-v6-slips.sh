# rules.v6 files and the slips made editing them: IPv4 bits in a v6 file, the v4 file fed to ip6tables-restore, -T, --test, legacy
printf '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -p ipv6-icmp -j ACCEPT\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp --dport 22 -s 2001:db8::/32 -j ACCEPT\n-A INPUT -j REJECT --reject-with icmp6-port-unreachable\nCOMMIT\n' > /tmp/rules.v6
ip6tables-restore --test /tmp/rules.v6; echo rc=$?; ip6tables-restore /tmp/rules.v6; echo rc=$?; ip6tables -S
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.0/8 -j ACCEPT\nCOMMIT\n' > /tmp/rules.v4; ip6tables-restore /tmp/rules.v4; echo rc=$?; ip6tables -S INPUT | head -2
printf '*filter\n-A INPUT -p icmp --icmp-type echo-request -j ACCEPT\nCOMMIT\n' | ip6tables-restore; echo rc=$?
printf '*filter\n-A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT\nCOMMIT\n' | ip6tables-restore; echo rc=$?; ip6tables -S INPUT
printf '*filter\n-A INPUT -j REJECT --reject-with icmp-port-unreachable\nCOMMIT\n' | ip6tables-restore; echo rc=$?
printf '*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
iptables-restore /tmp/rules.v6; echo rc=$?; iptables -S | head -3
printf '*nat\n:POSTROUTING ACCEPT [0:0]\n-A POSTROUTING -o lo -j MASQUERADE\nCOMMIT\n' | ip6tables-restore; echo rc=$?; ip6tables -t nat -S
printf '*filter\n-A INPUT -s fe80::/10 -j ACCEPT\nCOMMIT\n*mangle\n-A PREROUTING -j TTL --ttl-set 64\nCOMMIT\n' | ip6tables-restore; echo rc=$?; ip6tables -S INPUT
printf '*filter\n-A INPUT -s 2001:db8::/129 -j ACCEPT\nCOMMIT\n' | ip6tables-restore; echo rc=$?
printf '*filter\n-A INPUT -s 2001:db8:::1 -j ACCEPT\nCOMMIT\n' | ip6tables-restore; echo rc=$?
printf '*filter\n-A INPUT -s [2001:db8::1] -j ACCEPT\nCOMMIT\n' | ip6tables-restore; echo rc=$?
ip6tables-restore -T nat /tmp/rules.v6; echo rc=$?; ip6tables -S | head -1
ip6tables-legacy-restore /tmp/rules.v6; echo rc=$?; ip6tables-legacy -S | head -3
ip6tables-nft-restore -n /tmp/rules.v6; echo rc=$?; ip6tables -S | grep -c -- '-A INPUT'
ip6tables-save | grep -v '^#' | sed 's/icmp6-port-unreachable/adm-prohibited/' | ip6tables-restore; echo rc=$?; ip6tables -S INPUT | tail -1
ip6tables-save > /tmp/s6; ip6tables-restore -c < /tmp/s6; echo rc=$?; diff <(grep -v '^#' /tmp/s6) <(ip6tables-save | grep -v '^#') && echo same
