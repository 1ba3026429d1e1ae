# wg-quick (fwmark routing) and tailscaled netfilter rules, then the engineer's look at them
printf '%s\n' '*raw' '-I PREROUTING ! -i wg0 -d 10.8.0.2 -m addrtype ! --src-type LOCAL -j DROP -m comment --comment "wg-quick(8) rule for wg0"' 'COMMIT' '*mangle' '-I POSTROUTING -m mark --mark 51820 -p udp -j CONNMARK --save-mark -m comment --comment "wg-quick(8) rule for wg0"' '-I PREROUTING -p udp -j CONNMARK --restore-mark -m comment --comment "wg-quick(8) rule for wg0"' 'COMMIT' > /tmp/wg.rules
iptables-restore -n < /tmp/wg.rules; echo rc=$?
iptables -A FORWARD -i wg0 -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t raw -S
iptables -t mangle -S
iptables -t mangle -L -n -v
iptables -t raw -L PREROUTING -n
iptables -N ts-input
iptables -N ts-forward
iptables -t nat -N ts-postrouting
iptables -I INPUT 1 -j ts-input
iptables -I FORWARD 1 -j ts-forward
iptables -t nat -I POSTROUTING 1 -j ts-postrouting
iptables -A ts-input -s 100.101.102.103/32 -i lo -j ACCEPT
iptables -A ts-input -s 100.115.92.0/23 ! -i tailscale0 -j RETURN
iptables -A ts-input -s 100.64.0.0/10 ! -i tailscale0 -j DROP
iptables -A ts-input -i tailscale0 -j ACCEPT
iptables -A ts-input -p udp -m udp --dport 41641 -j ACCEPT
iptables -A ts-forward -i tailscale0 -j MARK --set-xmark 0x40000/0xff0000
iptables -A ts-forward -m mark --mark 0x40000/0xff0000 -j ACCEPT
iptables -A ts-forward -s 100.64.0.0/10 -o tailscale0 -j DROP
iptables -A ts-forward -o tailscale0 -j ACCEPT
iptables -t nat -A ts-postrouting -m mark --mark 0x40000/0xff0000 -j MASQUERADE
iptables -L -n -v --line-numbers
iptables -L ts-forward
iptables -S ts-forward
iptables -t nat -L -n -v
iptables-save | grep -v '^#'
iptables -t mangle -C PREROUTING -p udp -j CONNMARK --restore-mark -m comment --comment "wg-quick(8) rule for wg0"; echo rc=$?
iptables -t mangle -D PREROUTING -p udp -j CONNMARK --restore-mark -m comment --comment "wg-quick(8) rule for wg0"; echo rc=$?
iptables-save -t mangle | grep -v '^#' | sed 's/-A/-D/' | iptables-restore -n; echo rc=$?
iptables -t mangle -S
nft list table ip raw
nft list chain ip filter ts-forward
nft list chain ip nat ts-postrouting
ip6tables -t raw -I PREROUTING ! -i wg0 -d fd86:ea04:1115::2 -m addrtype ! --src-type LOCAL -j DROP -m comment --comment "wg-quick(8) rule for wg0"
ip6tables -t raw -S
ip6tables -t raw -L -n -v
