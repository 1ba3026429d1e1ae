# ip6tables forms of ufw's before6.rules and docker's ipv6 rules
cat > /tmp/ufw6.rules <<'U6EOF'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:ufw6-before-input - [0:0]
:ufw6-user-input - [0:0]
:ufw6-logging-deny - [0:0]
-A INPUT -j ufw6-before-input
-A ufw6-before-input -i lo -j ACCEPT
-A ufw6-before-input -m rt --rt-type 0 -j DROP
-A ufw6-before-input -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A ufw6-before-input -m conntrack --ctstate INVALID -j ufw6-logging-deny
-A ufw6-before-input -m conntrack --ctstate INVALID -j DROP
-A ufw6-before-input -p icmpv6 --icmpv6-type destination-unreachable -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type time-exceeded -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type parameter-problem -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type echo-request -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type router-solicitation -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type router-advertisement -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type neighbour-solicitation -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type neighbour-advertisement -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -s fe80::/10 -p icmpv6 --icmpv6-type 130 -j ACCEPT
-A ufw6-before-input -s fe80::/10 -d fe80::/10 -p udp -m udp --sport 547 --dport 546 -j ACCEPT
-A ufw6-before-input -d ff02::fb/128 -p udp -m udp --dport 5353 -j ACCEPT
-A ufw6-before-input -j ufw6-user-input
-A ufw6-user-input -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name DEFAULT --mask ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff --rsource
-A ufw6-user-input -p tcp -m multiport --dports 80,443 -j ACCEPT
-A ufw6-logging-deny -m limit --limit 3/min --limit-burst 10 -j LOG --log-prefix "[UFW BLOCK] "
COMMIT
U6EOF
ip6tables-restore < /tmp/ufw6.rules; echo rc=$?
ip6tables -L -n -v --line-numbers
ip6tables -S ufw6-before-input
ip6tables -L ufw6-user-input
ip6tables-save | grep -v '^#'
ip6tables -C ufw6-before-input -p ipv6-icmp --icmpv6-type 135 -m hl --hl-eq 255 -j ACCEPT; echo rc=$?
ip6tables -D ufw6-before-input 2
ip6tables -t nat -N DOCKER
ip6tables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t nat -A OUTPUT ! -d ::1/128 -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t nat -A POSTROUTING -s fd00:dead:beef::/48 ! -o docker0 -j MASQUERADE
ip6tables -t nat -A DOCKER -i docker0 -j RETURN
ip6tables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00:dead:beef::2]:80
ip6tables -t nat -L -n -v
ip6tables -t nat -S
ip6tables -t nat -L DOCKER --line-numbers
nft list table ip6 nat
nft list chain ip6 filter ufw6-before-input
