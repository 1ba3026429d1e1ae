ip6tables -A
echo rc=$?
ip6tables -I
echo rc=$?
ip6tables -D INPUT
echo rc=$?
ip6tables -R INPUT
echo rc=$?
ip6tables -N
echo rc=$?
ip6tables -E A
echo rc=$?
ip6tables -P
echo rc=$?
ip6tables -C INPUT
echo rc=$?
ip6tables -P INPUT
echo rc=$?
iptables -P INPUT
echo rc=$?
iptables -R INPUT 1
echo rc=$?
iptables -R
echo rc=$?
iptables -D
echo rc=$?
iptables -C
echo rc=$?
iptables -E
echo rc=$?
iptables -X
iptables -A INPUT
echo rc=$?
iptables -I INPUT
echo rc=$?
iptables -I INPUT 1
echo rc=$?
iptables-legacy -A
echo rc=$?
iptables-legacy -D INPUT
echo rc=$?
iptables-legacy -E A
echo rc=$?
iptables-legacy -P
echo rc=$?
ip6tables
echo rc=$?
ip6tables -p tcp
echo rc=$?
ip6tables -t nat
echo rc=$?
iptables-legacy
echo rc=$?
iptables-legacy -p tcp
echo rc=$?
iptables -s 1.2.3.4 -j ACCEPT
echo rc=$?
iptables -n
echo rc=$?
iptables -v
echo rc=$?
iptables --line-numbers
echo rc=$?
iptables -x
echo rc=$?
iptables-nft
echo rc=$?
ip6tables-nft -p tcp
echo rc=$?
