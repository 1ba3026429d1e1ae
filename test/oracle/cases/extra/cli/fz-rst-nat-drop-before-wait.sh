# the nat/DROP check comes before "--wait-interval only makes sense with --wait"
iptables -t raw -W 5 -t nat -j DROP
iptables -W 5 -t nat -A POSTROUTING -j DROP
iptables -W 5 -t nat -P POSTROUTING DROP
iptables -W 5 -t nat -S
