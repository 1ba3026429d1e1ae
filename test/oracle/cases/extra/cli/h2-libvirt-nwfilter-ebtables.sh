# libvirt nwfilter clean-traffic for a guest on vnet0: ebtables chains libvirt-I-/O-, MAC/IP/ARP spoofing rules
ebtables -t nat -N libvirt-I-vnet0 -P ACCEPT
ebtables -t nat -N libvirt-O-vnet0 -P ACCEPT
ebtables -t nat -A PREROUTING -i vnet0 -j libvirt-I-vnet0
ebtables -t nat -A POSTROUTING -o vnet0 -j libvirt-O-vnet0
ebtables -t nat -N I-vnet0-mac
ebtables -t nat -N I-vnet0-ipv4-ip
ebtables -t nat -N I-vnet0-arp-mac
ebtables -t nat -A libvirt-I-vnet0 -j I-vnet0-mac
ebtables -t nat -A libvirt-I-vnet0 -p IPv4 -j I-vnet0-ipv4-ip
ebtables -t nat -A libvirt-I-vnet0 -p ARP -j I-vnet0-arp-mac
ebtables -t nat -A libvirt-I-vnet0 -p 0x86dd -j DROP
ebtables -t nat -A libvirt-I-vnet0 -j DROP
ebtables -t nat -A I-vnet0-mac -s 52:54:00:ab:cd:ef -j RETURN
ebtables -t nat -A I-vnet0-mac -j DROP
ebtables -t nat -A I-vnet0-ipv4-ip -p IPv4 --ip-src 0.0.0.0 --ip-proto udp -j RETURN
ebtables -t nat -A I-vnet0-ipv4-ip -p IPv4 --ip-src 192.168.122.10 -j RETURN
ebtables -t nat -A I-vnet0-ipv4-ip -j DROP
ebtables -t nat -A I-vnet0-arp-mac -p ARP --arp-mac-src 52:54:00:ab:cd:ef -j RETURN
ebtables -t nat -A I-vnet0-arp-mac -j DROP
ebtables -t nat -A libvirt-O-vnet0 -p IPv4 --ip-dst ! 192.168.122.10 -j DROP
ebtables -t nat -A libvirt-O-vnet0 -p ARP --arp-op Request -j ACCEPT
ebtables -t nat -A libvirt-O-vnet0 -p ARP --arp-op Reply --arp-ip-dst 192.168.122.10 -j ACCEPT
ebtables -t nat -A libvirt-O-vnet0 -p ARP -j DROP
ebtables -t nat -A libvirt-O-vnet0 -d ! 52:54:00:ab:cd:ef -j DROP
ebtables -t nat -L
ebtables -t nat -L libvirt-I-vnet0 --Lc
ebtables -t nat -L I-vnet0-ipv4-ip --Ln
ebtables -t nat -L libvirt-O-vnet0 --Ln --Lc
ebtables -t nat -L --Lx
ebtables-save | grep -v '^#'
ebtables -t nat -D I-vnet0-mac 1
ebtables -t nat -D I-vnet0-mac -s 52:54:00:ab:cd:ef -j RETURN; echo rc=$?
ebtables -t nat -I I-vnet0-mac 1 -s 52:54:00:AB:CD:EF -j RETURN
ebtables -t nat -L I-vnet0-mac
ebtables -t nat -X libvirt-I-vnet0; echo rc=$?
ebtables -t nat -F libvirt-I-vnet0
ebtables -t nat -X libvirt-I-vnet0; echo rc=$?
ebtables -t nat -D PREROUTING -i vnet0 -j libvirt-I-vnet0
ebtables -t nat -X libvirt-I-vnet0; echo rc=$?
nft list table bridge nat
