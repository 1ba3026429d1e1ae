ip6tables -A PREROUTING -j ACCEPT
echo rc=$?
ip6tables -t nat -A FORWARD -j ACCEPT
echo rc=$?
ip6tables -t raw -A INPUT -j ACCEPT
echo rc=$?
ip6tables -t raw -A FORWARD -j ACCEPT
echo rc=$?
ip6tables -t mangle -A FORWARD -j ACCEPT
ip6tables -t mangle -S
iptables -A POSTROUTING -j ACCEPT
echo rc=$?
iptables -t nat -A INPUT -j ACCEPT
iptables -t nat -I FORWARD -j ACCEPT
echo rc=$?
iptables -t nat -L FORWARD
echo rc=$?
iptables -t raw -L INPUT
echo rc=$?
iptables -t raw -S FORWARD
echo rc=$?
iptables -t raw -P INPUT DROP
echo rc=$?
iptables -t nat -P PREROUTING DROP
echo rc=$?
iptables -t nat -P POSTROUTING ACCEPT
echo rc=$?
iptables -t raw -P PREROUTING DROP
echo rc=$?
iptables -t raw -S
iptables -t raw -P PREROUTING ACCEPT
iptables -t mangle -P FORWARD DROP
iptables -t mangle -S
iptables -t mangle -P FORWARD ACCEPT
iptables -P FORWARD REJECT
echo rc=$?
iptables -P FORWARD RETURN
echo rc=$?
iptables -P FORWARD drop
echo rc=$?
iptables -P FORWARD QUEUE
echo rc=$?
iptables -N U
iptables -P U DROP
echo rc=$?
iptables -P PREROUTING DROP
echo rc=$?
iptables -t security -A INPUT -j ACCEPT
echo rc=$?
iptables -t security -S
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t raw -A OUTPUT -j ACCEPT
iptables-save -t raw
iptables -t raw -L -n -v
ip6tables -t raw -A PREROUTING -j ACCEPT
ip6tables-save -t raw
iptables-legacy -A PREROUTING -j ACCEPT
echo rc=$?
iptables-legacy -t nat -A FORWARD -j ACCEPT
echo rc=$?
iptables-legacy -t raw -A INPUT -j ACCEPT
echo rc=$?
iptables-legacy -P FORWARD REJECT
echo rc=$?
