ip6tables -t bogus -L
echo rc=$?
ip6tables -t security -L
echo rc=$?
ip6tables -t NAT -L
echo rc=$?
ip6tables -t -L
echo rc=$?
ip6tables -t nat -L -n
iptables-legacy -t bogus -L
echo rc=$?
iptables-legacy -t -L
echo rc=$?
iptables-nft -t bogus -L
echo rc=$?
ip6tables-legacy -t bogus -L
echo rc=$?
iptables -t bogus -S
echo rc=$?
iptables -t bogus -A INPUT -j ACCEPT
echo rc=$?
iptables -t filter -t nat -L
echo rc=$?
iptables --table=nat -L -n
echo rc=$?
iptables --table nat -S
iptables -tnat -S
iptables -t nat -t nat -S
echo rc=$?
iptables -t
echo rc=$?
iptables -t Filter -L
echo rc=$?
iptables -t broute -L
echo rc=$?
iptables -t "" -L
echo rc=$?
iptables-save -t bogus
echo rc=$?
ip6tables-save -t bogus
echo rc=$?
iptables-save -t security
echo rc=$?
