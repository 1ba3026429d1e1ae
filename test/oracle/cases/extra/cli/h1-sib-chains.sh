ip6tables -N A
ip6tables -A A -j ACCEPT
ip6tables -X A
echo rc=$?
ip6tables -F A
ip6tables -X A
ip6tables -S
iptables -t nat -N A
iptables -t nat -A PREROUTING -j A
iptables -t nat -X A
echo rc=$?
iptables -t nat -X
echo rc=$?
iptables -t nat -D PREROUTING -j A
iptables -t nat -X A
iptables -t nat -S
iptables -N A
iptables -N B
iptables -A A -j B
iptables -X B
echo rc=$?
iptables -X A
echo rc=$?
iptables -F A
iptables -X B
iptables -X A
iptables -S
iptables -N A
iptables -N A
echo rc=$?
iptables -N INPUT
echo rc=$?
iptables -N ACCEPT
echo rc=$?
iptables -N DROP
echo rc=$?
iptables -N RETURN
echo rc=$?
iptables -N -foo
echo rc=$?
iptables -N 123
echo rc=$?
iptables -N a-very-long-chain-name-that-exceeds-limit
echo rc=$?
iptables -N abcdefghijklmnopqrstuvwxyz01234
echo rc=$?
iptables -N abcdefghijklmnopqrstuvwxyz0123
echo rc=$?
iptables -N "has space"
echo rc=$?
iptables -N "!bang"
echo rc=$?
iptables -S
iptables -X INPUT
echo rc=$?
iptables -X NOPE
echo rc=$?
iptables -X A B
echo rc=$?
iptables --delete-chain A
iptables -S
iptables -E abcdefghijklmnopqrstuvwxyz0123 B
iptables -E B B
echo rc=$?
iptables -E B 123
iptables -E NOPE X
echo rc=$?
iptables -E INPUT X
echo rc=$?
iptables -E 123 ACCEPT
echo rc=$?
iptables -E 123
echo rc=$?
iptables --rename-chain 123 renamed
iptables -L -n
iptables -X
iptables -S
iptables-legacy -N L
iptables-legacy -X L
iptables-legacy -X L
echo rc=$?
iptables-legacy -N A
iptables-legacy -A INPUT -j A
iptables-legacy -X A
echo rc=$?
iptables-legacy -X
echo rc=$?
iptables-legacy -F
iptables-legacy -X
iptables-legacy -S
