# OpenStack neutron iptables firewall driver: long chain names, physdev, mac, long comments, CT zones
iptables -N neutron-filter-top
iptables -N neutron-openvswi-FORWARD
iptables -N neutron-openvswi-INPUT
iptables -N neutron-openvswi-sg-chain
iptables -N neutron-openvswi-sg-fallback
iptables -N neutron-openvswi-i6a5b4c3d-2
iptables -N neutron-openvswi-o6a5b4c3d-2
iptables -N neutron-openvswi-s6a5b4c3d-2
iptables -N neutron-openvswi-s6a5b4c3d-2x; echo rc=$?
iptables -N neutron-openvswi-s6a5b4c3d-2xy; echo rc=$?
iptables -A FORWARD -j neutron-filter-top
iptables -A FORWARD -j neutron-openvswi-FORWARD
iptables -A INPUT -j neutron-openvswi-INPUT
iptables -A neutron-openvswi-FORWARD -m physdev --physdev-out tap6a5b4c3d-2e --physdev-is-bridged -m comment --comment "Direct traffic from the VM interface to the security group chain." -j neutron-openvswi-sg-chain
iptables -A neutron-openvswi-FORWARD -m physdev --physdev-in tap6a5b4c3d-2e --physdev-is-bridged -m comment --comment "Direct traffic from the VM interface to the security group chain." -j neutron-openvswi-sg-chain
iptables -A neutron-openvswi-INPUT -m physdev --physdev-in tap6a5b4c3d-2e --physdev-is-bridged -m comment --comment "Direct incoming traffic from VM to the security group chain." -j neutron-openvswi-o6a5b4c3d-2
iptables -A neutron-openvswi-i6a5b4c3d-2 -m state --state RELATED,ESTABLISHED -m comment --comment "Direct packets associated with a known session to the RETURN chain." -j RETURN
iptables -A neutron-openvswi-i6a5b4c3d-2 -d 10.0.0.15/32 -p udp -m udp --sport 67 --dport 68 -j RETURN
iptables -A neutron-openvswi-i6a5b4c3d-2 -p tcp -m tcp --dport 22 -j RETURN
iptables -A neutron-openvswi-i6a5b4c3d-2 -m state --state INVALID -m comment --comment "Drop packets that appear related to an existing connection (e.g. TCP ACK/FIN) but do not have an entry in conntrack." -j DROP
iptables -A neutron-openvswi-i6a5b4c3d-2 -m comment --comment "Send unmatched traffic to the fallback chain." -j neutron-openvswi-sg-fallback
iptables -A neutron-openvswi-o6a5b4c3d-2 -s 0.0.0.0/32 -d 255.255.255.255/32 -p udp -m udp --sport 68 --dport 67 -m comment --comment "Allow DHCP client traffic." -j RETURN
iptables -A neutron-openvswi-o6a5b4c3d-2 -j neutron-openvswi-s6a5b4c3d-2
iptables -A neutron-openvswi-o6a5b4c3d-2 -p udp -m udp --sport 67 --dport 68 -m comment --comment "Prevent DHCP Spoofing by VM." -j DROP
iptables -A neutron-openvswi-s6a5b4c3d-2 -s 10.0.0.15/32 -m mac --mac-source FA:16:3E:12:34:56 -m comment --comment "Allow traffic from defined IP/MAC pairs." -j RETURN
iptables -A neutron-openvswi-s6a5b4c3d-2 -m comment --comment "Drop traffic without an IP/MAC allow rule." -j DROP
iptables -A neutron-openvswi-sg-fallback -m comment --comment "Default drop rule for unmatched traffic." -j DROP
iptables -A neutron-openvswi-sg-chain -m physdev --physdev-out tap6a5b4c3d-2e --physdev-is-bridged -m comment --comment "Jump to the VM specific chain." -j neutron-openvswi-i6a5b4c3d-2
iptables -A neutron-openvswi-sg-chain -j ACCEPT
iptables -t raw -N neutron-openvswi-PREROUTING
iptables -t raw -A PREROUTING -j neutron-openvswi-PREROUTING
iptables -t raw -A neutron-openvswi-PREROUTING -m physdev --physdev-in qvb6a5b4c3d-2e -m comment --comment "Set zone for 6a5b4c3d-2e" -j CT --zone 4097
iptables -t raw -A neutron-openvswi-PREROUTING -i qvb6a5b4c3d-2e -m comment --comment "Set zone for 6a5b4c3d-2e" -j CT --zone 4097
iptables -L -n -v
iptables -L neutron-openvswi-s6a5b4c3d-2
iptables -L neutron-openvswi-FORWARD -n --line-numbers
iptables -S neutron-openvswi-o6a5b4c3d-2
iptables -t raw -S
iptables -t raw -L -n -v
iptables-save -c | grep -v '^#'
nft list chain ip filter neutron-openvswi-s6a5b4c3d-2
nft list chain ip filter neutron-openvswi-FORWARD
nft list chain ip filter neutron-openvswi-i6a5b4c3d-2
nft list chain ip raw neutron-openvswi-PREROUTING
