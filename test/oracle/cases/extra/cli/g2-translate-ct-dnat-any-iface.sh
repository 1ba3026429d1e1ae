# iptables-translate: CT translates --notrack whatever else it carries, DNAT's shifted port range stays a comment, a bare '+' interface is left out (negated: "INVAL/D")
iptables-translate -t raw -A PREROUTING -j CT --zone 0
iptables-translate -t raw -A PREROUTING -j CT --zone-orig 5
iptables-translate -t raw -A PREROUTING -j CT --ctevents new,related
iptables-translate -t raw -A PREROUTING -j CT --timeout foo
iptables-translate -t raw -A PREROUTING -j CT --notrack --zone 1
iptables-translate -t raw -A PREROUTING -j NOTRACK
iptables-translate -t nat -A POSTROUTING -p tcp -j SNAT --to-source :1000
iptables-translate -t nat -A PREROUTING -p tcp -j DNAT --to-destination :80
iptables-translate -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80-90/100
iptables-translate -t nat -A PREROUTING -p udp -j REDIRECT
iptables-translate -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 5
iptables-translate -A FORWARD ! -i + -j ACCEPT
iptables-translate -A FORWARD -o + -j ACCEPT
iptables-translate -A FORWARD -i a+ -j ACCEPT
iptables -A FORWARD -i + -j ACCEPT
iptables -A FORWARD ! -o + -j ACCEPT
iptables -S FORWARD
iptables -L FORWARD -v -n
iptables -C FORWARD -i + -j ACCEPT; echo $?
iptables -D FORWARD -j ACCEPT; echo $?
iptables -S FORWARD
ip6tables-translate -A FORWARD -i + -j ACCEPT
ip6tables-translate -A FORWARD ! -o + -i + -j ACCEPT
