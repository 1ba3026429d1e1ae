# -C/-D compare option data the saved text does not show: CT's zone direction flags and an
# IPv4 --mask given to recent.
iptables -t raw -A PREROUTING -j CT --zone-orig 5 --zone-reply 5
iptables -t raw -A PREROUTING -j CT --zone-orig mark --zone-reply mark
iptables -t raw -A PREROUTING -j CT --zone-orig 0
iptables -t raw -A PREROUTING -j CT --zone-reply 0 --ctevents new
iptables -t raw -S
iptables -t raw -L PREROUTING -n
iptables -t raw -C PREROUTING -j CT --zone 5
iptables -t raw -C PREROUTING -j CT --zone-reply 5 --zone-orig 5
iptables -t raw -C PREROUTING -j CT --zone mark
iptables -t raw -C PREROUTING -j CT --zone-orig 0
iptables -t raw -C PREROUTING -j CT --zone-reply 0
iptables -t raw -C PREROUTING -j CT
iptables -t raw -C PREROUTING -j CT --ctevents new
iptables -t raw -D PREROUTING -j CT --zone 5
iptables -t raw -D PREROUTING -j CT --zone-orig 5 --zone-reply 5
iptables -t raw -D PREROUTING -j CT --zone-reply mark --zone-orig mark
iptables -t raw -D PREROUTING -j CT --zone-reply 0 --ctevents new
iptables -t raw -S
iptables -A INPUT -m recent --set
iptables -A INPUT -m recent --rcheck --name web --mask 255.255.255.255
iptables -S INPUT
iptables -C INPUT -m recent --set --name DEFAULT --rsource
iptables -C INPUT -m recent --set --mask 255.255.255.255
iptables -C INPUT -m recent --rcheck --name web
iptables -D INPUT -m recent --rcheck --name web --mask 255.255.255.255 --rsource
ip6tables -A INPUT -m recent --set
ip6tables -C INPUT -m recent --set --mask ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
ip6tables -t raw -A OUTPUT -j CT --zone-orig 7 --zone-reply 7
ip6tables -t raw -C OUTPUT -j CT --zone 7
ip6tables -t raw -D OUTPUT -j CT --zone-reply 7 --zone-orig 7
ip6tables -t mangle -A POSTROUTING -p tcp -j TCPMSS --set-mss 65495
ip6tables -t mangle -A POSTROUTING -p tcp -j TCPMSS --set-mss 65496
iptables -t mangle -A POSTROUTING -p tcp -j TCPMSS --set-mss 65515
iptables -t mangle -A POSTROUTING -p tcp -j TCPMSS --set-mss 65516
ip6tables -t mangle -S POSTROUTING
