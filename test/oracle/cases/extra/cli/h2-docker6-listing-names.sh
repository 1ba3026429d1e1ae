# docker with ipv6 and ufw6 rules read without -n: anywhere, service names, bracketed DNAT targets, counters columns
ip6tables -N DOCKER
ip6tables -N DOCKER-USER
ip6tables -A DOCKER-USER -j RETURN
ip6tables -A FORWARD -j DOCKER-USER
ip6tables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A FORWARD -o docker0 -j DOCKER
ip6tables -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
ip6tables -A DOCKER -d fd00:dead:beef::2/128 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
ip6tables -A INPUT -p udp -m udp --sport 547 --dport 546 -s fe80::/10 -d fe80::/10 -j ACCEPT
ip6tables -A INPUT -p udp -d ff02::fb --dport 5353 -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 135 -m hl --hl-eq 255 -j ACCEPT
ip6tables -t nat -N DOCKER
ip6tables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t nat -A POSTROUTING -s fd00:dead:beef::/48 ! -o docker0 -j MASQUERADE
ip6tables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00:dead:beef::2]:80
ip6tables -t nat -A DOCKER ! -i docker0 -p udp -m udp --dport 5353 -j DNAT --to-destination [fd00:dead:beef::3]:5300-5310
ip6tables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 9000 -j DNAT --to-destination fd00:dead:beef::4
ip6tables -L
ip6tables -L -v
ip6tables -L INPUT --line-numbers
ip6tables -t nat -L
ip6tables -t nat -L DOCKER -v -n
ip6tables -t nat -S DOCKER
ip6tables-save -c | grep -v '^#'
nft list chain ip6 nat DOCKER
nft list chain ip6 filter INPUT
