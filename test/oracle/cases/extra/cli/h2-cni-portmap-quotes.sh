# CNI bridge/portmap plugins: comments with embedded double quotes, hostport DNAT, SNAT of hairpin
iptables -t nat -N CNI-HOSTPORT-DNAT
iptables -t nat -N CNI-HOSTPORT-SETMARK
iptables -t nat -N CNI-HOSTPORT-MASQ
iptables -t nat -N CNI-DN-5e9b2a3c1d4f6a7b8c9d0
iptables -t nat -N CNI-a1b2c3d4e5f6a7b8c9d0e1f2
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT
iptables -t nat -A POSTROUTING -m comment --comment "CNI portfwd requiring masquerade" -j CNI-HOSTPORT-MASQ
iptables -t nat -A CNI-HOSTPORT-MASQ -m mark --mark 0x2000/0x2000 -j MASQUERADE
iptables -t nat -A CNI-HOSTPORT-SETMARK -m comment --comment "CNI portfwd masquerade mark" -j MARK --set-xmark 0x2000/0x2000
iptables -t nat -A CNI-HOSTPORT-DNAT -p tcp -m comment --comment "dnat name: \"cbr0\" id: \"5e9b2a3c\"" -m multiport --dports 8080 -j CNI-DN-5e9b2a3c1d4f6a7b8c9d0
iptables -t nat -A CNI-DN-5e9b2a3c1d4f6a7b8c9d0 -s 10.22.0.0/16 -p tcp -m tcp --dport 8080 -j CNI-HOSTPORT-SETMARK
iptables -t nat -A CNI-DN-5e9b2a3c1d4f6a7b8c9d0 -s 127.0.0.1/32 -p tcp -m tcp --dport 8080 -j CNI-HOSTPORT-SETMARK
iptables -t nat -A CNI-DN-5e9b2a3c1d4f6a7b8c9d0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -A POSTROUTING -s 10.22.0.5/32 -m comment --comment "name: \"cbr0\" id: \"5e9b2a3c\"" -j CNI-a1b2c3d4e5f6a7b8c9d0e1f2
iptables -t nat -A CNI-a1b2c3d4e5f6a7b8c9d0e1f2 -d 10.22.0.0/16 -m comment --comment "name: \"cbr0\" id: \"5e9b2a3c\"" -j ACCEPT
iptables -t nat -A CNI-a1b2c3d4e5f6a7b8c9d0e1f2 ! -d 224.0.0.0/4 -m comment --comment "name: \"cbr0\" id: \"5e9b2a3c\"" -j MASQUERADE
iptables -t nat -A CNI-a1b2c3d4e5f6a7b8c9d0e1f2 -m comment --comment 'back\slash and $dollar' -j RETURN
iptables -N CNI-FORWARD
iptables -N CNI-ADMIN
iptables -A FORWARD -m comment --comment "CNI firewall plugin rules" -j CNI-FORWARD
iptables -A CNI-FORWARD -m comment --comment "CNI firewall plugin admin overrides" -j CNI-ADMIN
iptables -A CNI-FORWARD -d 10.22.0.5/32 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A CNI-FORWARD -s 10.22.0.5/32 -j ACCEPT
iptables -t nat -S
iptables -t nat -S POSTROUTING
iptables -t nat -L POSTROUTING -n -v
iptables -t nat -L CNI-a1b2c3d4e5f6a7b8c9d0e1f2
iptables -t nat -L CNI-HOSTPORT-DNAT -n
iptables-save -t nat | grep -v '^#' > /tmp/nat.save
cat /tmp/nat.save
iptables -t nat -F
iptables -t nat -X
iptables-restore -T nat < /tmp/nat.save; echo rc=$?
iptables -t nat -S | diff - <(grep '^-' /tmp/nat.save) && echo same
iptables -t nat -C POSTROUTING -s 10.22.0.5/32 -m comment --comment "name: \"cbr0\" id: \"5e9b2a3c\"" -j CNI-a1b2c3d4e5f6a7b8c9d0e1f2; echo rc=$?
iptables -t nat -D POSTROUTING -s 10.22.0.5/32 -m comment --comment "name: \"cbr0\" id: \"5e9b2a3c\"" -j CNI-a1b2c3d4e5f6a7b8c9d0e1f2; echo rc=$?
nft list chain ip nat CNI-a1b2c3d4e5f6a7b8c9d0e1f2
nft list chain ip nat CNI-HOSTPORT-DNAT
nft list chain ip filter CNI-FORWARD
iptables-translate -t nat -A CNI-HOSTPORT-DNAT -p tcp -m comment --comment "dnat name: \"cbr0\" id: \"5e9b2a3c\"" -m multiport --dports 8080 -j CNI-DN-5e9b2a3c1d4f6a7b8c9d0
