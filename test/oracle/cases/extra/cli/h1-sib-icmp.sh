ip6tables -A OUTPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-reply -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 129/0 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1 -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-advertisement -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type destination-unreachable -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/4 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type port-unreachable -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type ttl-zero-during-transit -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 200 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 128/5 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -L INPUT -v -n
ip6tables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
echo rc=$?
ip6tables -A INPUT -p ipv6-icmp --icmp-type echo-request -j ACCEPT
echo rc=$?
ip6tables -A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT
echo rc=$?
ip6tables -A INPUT -p icmpv6 --icmpv6-type 256 -j ACCEPT
echo rc=$?
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/256 -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8/0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 255 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/3 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/13 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/255 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type timestamp-request -j DROP
iptables -A INPUT -p icmp --icmp-type address-mask-request -j DROP
iptables -A INPUT -p icmp --icmp-type source-quench -j DROP
iptables -A INPUT -p icmp --icmp-type redirect -j DROP
iptables -A INPUT -p icmp --icmp-type host-redirect -j DROP
iptables -A INPUT -p icmp --icmp-type parameter-problem -j DROP
iptables -A INPUT -p icmp --icmp-type required-option-missing -j DROP
iptables -A INPUT -p icmp --icmp-type ttl-exceeded -j DROP
iptables -A INPUT -p icmp --icmp-type router-solicitation -j DROP
iptables -A INPUT -p icmp ! --icmp-type echo-request -j DROP
iptables -A INPUT -p 1 --icmp-type echo-request -j DROP
iptables -A INPUT -p icmp -m icmp --icmp-type echo-request -j DROP
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT
iptables -A INPUT -p icmp --icmp-type echo -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmp-type 8/ -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmp-type /0 -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmp-type 256 -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmp-type -1 -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmp-type Echo-Request -j ACCEPT
echo rc=$?
iptables -A INPUT -p icmp --icmpv6-type echo-request -j ACCEPT
echo rc=$?
iptables -C INPUT -p icmp --icmp-type 8 -j ACCEPT
echo rc=$?
iptables -C INPUT -p icmp --icmp-type 8/0 -j ACCEPT
echo rc=$?
iptables -D INPUT -p icmp --icmp-type echo-request -j ACCEPT
echo rc=$?
iptables-save
