# iptables-legacy -E: a new name of up to 31 bytes is cut to the 29 the kernel keeps; 32 or more is EINVAL
iptables-legacy -N A28
iptables-legacy -E A28 aaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables-legacy -N A29
iptables-legacy -E A29 bbbbbbbbbbbbbbbbbbbbbbbbbbbbb
iptables-legacy -N A30
iptables-legacy -E A30 cccccccccccccccccccccccccccccc
iptables-legacy -N A31
iptables-legacy -E A31 ddddddddddddddddddddddddddddddd
iptables-legacy -N A32
iptables-legacy -E A32 eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
iptables-legacy -E A32 ffffffffffffffffffffffffffffffffffffffffffffffffff
iptables-legacy -S
iptables-legacy -A INPUT -j aaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables-legacy -A OUTPUT -g aaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables-legacy -E aaaaaaaaaaaaaaaaaaaaaaaaaaaa ggggggggggggggggggggggggggggggg
iptables-legacy -L -n
iptables-legacy -E cccccccccccccccccccccccccccccc X
iptables-legacy -E ccccccccccccccccccccccccccccc X
iptables-legacy -E A32 bbbbbbbbbbbbbbbbbbbbbbbbbbbbb
iptables-legacy-save -t filter
iptables-legacy-restore -n <<'EOF2'
*filter
-E A32 hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh
COMMIT
EOF2
iptables-legacy-restore -n <<'EOF2'
*filter
-E hhhhhhhhhhhhhhhhhhhhhhhhhhhhh iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii
COMMIT
EOF2
iptables-legacy -S
ip6tables-legacy -N Z
ip6tables-legacy -E Z kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
ip6tables-legacy -t mangle -N M
ip6tables-legacy -t mangle -E M mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm
ip6tables-legacy -S
ip6tables-legacy -t mangle -S
iptables -N W
iptables -E W lllllllllllllllllllllllllllllll
iptables -S
