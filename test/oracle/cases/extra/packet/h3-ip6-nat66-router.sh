# NAT66 on an IPv6 router: the upstream has no route back to the ULA clients until MASQUERADE; a DNAT port forward to an internal server
ip netns add client
ip netns add web
ip netns add up
ip link add vcl type veth peer name eth0 netns client
ip link add vweb type veth peer name eth0 netns web
ip link add vup type veth peer name eth0 netns up
ip link set vcl up
ip link set vweb up
ip link set vup up
ip -n client link set eth0 up
ip -n web link set eth0 up
ip -n up link set eth0 up
ip -6 addr add fd00:10::1/64 dev vcl nodad
ip -6 addr add fd00:20::1/64 dev vweb nodad
ip -6 addr add 2001:db8:99::1/64 dev vup nodad
ip -n client -6 addr add fd00:10::2/64 dev eth0 nodad
ip -n web -6 addr add fd00:20::2/64 dev eth0 nodad
ip -n up -6 addr add 2001:db8:99::2/64 dev eth0 nodad
ip -n client -6 route add default via fd00:10::1
ip -n web -6 route add default via fd00:20::1
sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 3
ip netns exec up ip6tables -A INPUT -p tcp --dport 443 -s 2001:db8:99::1
ip netns exec up ip6tables -A INPUT -p tcp --dport 443 -s fd00::/8
ip netns exec client curl -s -m 0.5 https://[2001:db8:99::2]/; echo rc=$?
ip6tables -t nat -A POSTROUTING -o vup -s fd00::/8 -j MASQUERADE
ip netns exec client curl -s -m 0.5 https://[2001:db8:99::2]/; echo rc=$?
ip netns exec client curl -s -m 0.5 https://[2001:db8:99::2]/; echo rc=$?
ip netns exec up ip6tables -L INPUT -v -n -x
ip netns exec web ip6tables -A INPUT -p tcp --dport 80 -j DROP
ip netns exec web ip6tables -A INPUT -p tcp --dport 8000 -s 2001:db8:99::2
ip6tables -t nat -A PREROUTING -i vup -p tcp --dport 8080 -j DNAT --to-destination [fd00:20::2]:8000
ip6tables -t nat -A PREROUTING -i vup -p tcp --dport 8081 -j DNAT --to-destination [fd00:20::2]:80
ip6tables -A FORWARD -d fd00:20::2 -p tcp --dport 8000
ip6tables -A FORWARD -s fd00:20::2 -p tcp --sport 8000
ip netns exec up curl -s -m 0.5 http://[2001:db8:99::1]:8080/; echo rc=$?
ip netns exec up curl -s -m 0.5 http://[2001:db8:99::1]:8081/; echo rc=$?
ip netns exec up curl -s -m 0.5 http://[2001:db8:99::1]:8082/; echo rc=$?
ip netns exec web ip6tables -L INPUT -v -n -x
ip6tables -L FORWARD -v -n -x
ip6tables -t nat -L -v -n -x
ip6tables -t nat -S
