ip6tables -A INPUT -m length --length 0:64 -j ACCEPT
ip6tables -A INPUT -m hl --hl-lt 5 -j DROP
ip6tables -A INPUT -m hl --hl-gt 64 -j DROP
ip6tables -A INPUT -m hl ! --hl-eq 255 -j DROP
ip6tables -A INPUT -m pkttype --pkt-type multicast -j DROP
ip6tables -A INPUT -m pkttype ! --pkt-type unicast -j DROP
ip6tables -A INPUT -m length ! --length 1280: -j DROP
ip6tables -A INPUT -m length --length 1500 -j DROP
ip6tables -S INPUT
ip6tables -L INPUT -n
ip6tables -A INPUT -m ttl --ttl-lt 5 -j DROP
echo rc=$?
ip6tables -A INPUT -m tos --tos 0x10 -j ACCEPT
echo rc=$?
iptables -A INPUT -m hl --hl-eq 5 -j DROP
echo rc=$?
iptables -A INPUT -m length --length 64:0 -j ACCEPT
iptables -A INPUT -m length --length :100 -j ACCEPT
iptables -A INPUT -m length --length 100: -j ACCEPT
iptables -A INPUT -m length --length 65535 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m ttl --ttl-gt 128 -j ACCEPT
iptables -A INPUT -m ttl --ttl 1 -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type host -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type Broadcast -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type otherhost -j ACCEPT
iptables -A INPUT -m tos --tos Minimize-Delay -j ACCEPT
iptables -A INPUT -m tos --tos Maximize-Throughput -j ACCEPT
iptables -A INPUT -m tos --tos Maximize-Reliability -j ACCEPT
iptables -A INPUT -m tos --tos Minimize-Cost -j ACCEPT
iptables -A INPUT -m tos --tos Normal-Service -j ACCEPT
iptables -A INPUT -m tos ! --tos 0x08/0x0f -j ACCEPT
iptables -A INPUT -m tos --tos 0x02 -j ACCEPT
iptables -A INPUT -m tos --tos 0xff/0xff -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -n -v
iptables -A INPUT -m length --length 65536 -j ACCEPT
echo rc=$?
iptables -A INPUT -m length --length abc -j ACCEPT
echo rc=$?
iptables -A INPUT -m length -j ACCEPT
echo rc=$?
iptables -A INPUT -m ttl --ttl-eq 256 -j ACCEPT
echo rc=$?
iptables -A INPUT -m ttl -j ACCEPT
echo rc=$?
iptables -A INPUT -m ttl --ttl-eq 1 --ttl-lt 2 -j ACCEPT
echo rc=$?
iptables -A INPUT -m pkttype --pkt-type bogus -j ACCEPT
echo rc=$?
iptables -A INPUT -m pkttype -j ACCEPT
echo rc=$?
iptables -A INPUT -m tos --tos bogus -j ACCEPT
echo rc=$?
iptables -A INPUT -m tos --tos 0x100 -j ACCEPT
echo rc=$?
iptables -A INPUT -m tos -j ACCEPT
echo rc=$?
iptables-save -t filter
