# NAT66 seen by the conntrack match in FORWARD: ctstate DNAT/SNAT, ctorigdst/ctorigdstport and the reply tuple of a port forward and a masqueraded client
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
ip6tables -t nat -A POSTROUTING -o vup -s fd00::/8 -j MASQUERADE
ip6tables -t nat -A PREROUTING -i vup -p tcp --dport 8080 -j DNAT --to-destination [fd00:20::2]:80
ip6tables -P FORWARD DROP
ip6tables -A FORWARD -m conntrack --ctstate DNAT -p tcp --dport 80
ip6tables -A FORWARD -m conntrack --ctstate SNAT
ip6tables -A FORWARD -m conntrack --ctorigdst 2001:db8:99::1 --ctorigdstport 8080
ip6tables -A FORWARD -m conntrack --ctreplsrc fd00:20::2 --ctdir ORIGINAL
ip6tables -A FORWARD -m conntrack --ctrepldst 2001:db8:99::1
ip6tables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A FORWARD -m conntrack --ctstate DNAT -j ACCEPT
ip6tables -A FORWARD -i vcl -o vup -j ACCEPT
ip netns exec up curl -s -m 0.5 http://[2001:db8:99::1]:8080/; echo rc=$?
ip netns exec client curl -s -m 0.5 http://[2001:db8:99::2]:8080/; echo rc=$?
ip netns exec web curl -s -m 0.5 http://[2001:db8:99::2]:8080/; echo rc=$?
ip6tables -L FORWARD -v -n -x
ip6tables -S FORWARD
