# A connbytes rule the kernel checks in turns nf_conntrack_acct on for its namespace (also when its target is refused, not with --test or -C) and it stays on; connbytes then counts a connection's packets and bytes
cat /proc/sys/net/netfilter/nf_conntrack_acct
iptables -A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode packets
sysctl net.netfilter.nf_conntrack_acct
iptables -F INPUT
sysctl net.netfilter.nf_conntrack_acct
sysctl -w net.netfilter.nf_conntrack_acct=0
ip netns add a
ip netns exec a sysctl net.netfilter.nf_conntrack_acct
ip netns exec a iptables-restore --test <<'EOF2'
*filter
-A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode packets
COMMIT
EOF2
ip netns exec a sysctl net.netfilter.nf_conntrack_acct
ip netns exec a iptables-restore <<'EOF2'
*filter
-A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode packets
COMMIT
EOF2
ip netns exec a sysctl net.netfilter.nf_conntrack_acct
ip netns add b
ip netns exec b ip6tables -A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode bytes
ip netns exec b sysctl net.netfilter.nf_conntrack_acct
ip netns add c
ip netns exec c iptables-legacy -A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode avgpkt
ip netns exec c sysctl net.netfilter.nf_conntrack_acct
ip netns add d
ip netns exec d iptables -A INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode packets -j MASQUERADE
ip netns exec d sysctl net.netfilter.nf_conntrack_acct
ip netns exec d iptables -C INPUT -m connbytes --connbytes 10: --connbytes-dir both --connbytes-mode packets
ip netns exec d sysctl net.netfilter.nf_conntrack_acct
sysctl net.netfilter.nf_conntrack_acct
serve tcp 80
iptables -A INPUT -p tcp -m connbytes --connbytes 3: --connbytes-dir both --connbytes-mode packets
iptables -A INPUT -p tcp -m connbytes --connbytes 0:2 --connbytes-dir original --connbytes-mode packets
iptables -A INPUT -p tcp -m connbytes --connbytes 2: --connbytes-dir reply --connbytes-mode packets
iptables -A INPUT -p tcp -m connbytes --connbytes 100: --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -p tcp -m connbytes --connbytes 60:200 --connbytes-dir original --connbytes-mode bytes
iptables -A INPUT -p tcp -m connbytes --connbytes 50: --connbytes-dir both --connbytes-mode avgbytes
iptables -A INPUT -p tcp -m connbytes ! --connbytes 4 --connbytes-dir both --connbytes-mode packets
iptables -A OUTPUT -p tcp -m connbytes --connbytes 1:1 --connbytes-dir both --connbytes-mode packets
probe tcp 127.0.0.1 80
iptables -L -v -n -x
