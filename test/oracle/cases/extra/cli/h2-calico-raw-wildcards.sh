# Calico (iptables dataplane): raw rpfilter, wildcard cali+ interfaces, ipencap, xmark, cali- chains
iptables -t raw -N cali-PREROUTING
iptables -t raw -N cali-from-host-endpoint
iptables -t raw -A PREROUTING -m comment --comment "cali:6gwbT8clXdHdC1b1" -j cali-PREROUTING
iptables -t raw -A cali-PREROUTING -m comment --comment "cali:6gwbT8clXdHdC1b1" -j MARK --set-xmark 0x0/0xf0000
iptables -t raw -A cali-PREROUTING -i cali+ -m comment --comment "cali:EWMPb0zVROM-woQp" -j MARK --set-xmark 0x40000/0x40000
iptables -t raw -A cali-PREROUTING -m comment --comment "cali:PWuxTAIaFCtsg5Qa" -m mark --mark 0x40000/0x40000 -m rpfilter --validmark --invert -j DROP
iptables -t raw -A cali-PREROUTING -m comment --comment "cali:fSSbGND7dgyemWU7" -m mark --mark 0x0/0x40000 -j cali-from-host-endpoint
iptables -t raw -A cali-PREROUTING -m comment --comment "cali:ImU0-4Rl2WoOI9Ou" -m mark --mark 0x10000/0x10000 -j ACCEPT
iptables -N cali-INPUT
iptables -N cali-FORWARD
iptables -N cali-to-wl-dispatch
iptables -N cali-wl-to-host
iptables -I INPUT 1 -m comment --comment "cali:Cz_u1IQiXIMmKD4c" -j cali-INPUT
iptables -I FORWARD 1 -m comment --comment "cali:wUHhoiAYhphO9Mso" -j cali-FORWARD
iptables -A cali-INPUT -p ipencap -m comment --comment "cali:PajejrV4aFdkZojI" -m set ! --match-set cali40all-hosts-net src -j DROP; echo rc=$?
iptables -A cali-INPUT -p 4 -m comment --comment "cali:PajejrV4aFdkZojI" -j ACCEPT
iptables -A cali-INPUT -p udp -m comment --comment "cali:_TfD6Tx9xhwmWAa-" -m udp --dport 4789 -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A cali-INPUT -i cali+ -m comment --comment "cali:8TZGxLWh_Eiz66wc" -g cali-wl-to-host
iptables -A cali-INPUT -m comment --comment "cali:6McIeIDvPdL6PE1T" -m mark --mark 0x10000/0x10000 -j ACCEPT
iptables -A cali-FORWARD -m comment --comment "cali:vjrMJCRpqwy5oRoX" -j MARK --set-xmark 0x0/0xe0000
iptables -A cali-FORWARD -o cali+ -m comment --comment "cali:jq3HfGMlFJ07jHue" -j cali-to-wl-dispatch
iptables -A cali-FORWARD -i vxlan.calico -m comment --comment "cali:vxlan" -j ACCEPT
iptables -A cali-wl-to-host -m comment --comment "cali:Ee9Sbo10IpVujdIY" -j cali-to-wl-dispatch
iptables -A cali-to-wl-dispatch -o cali12ab34cd56e -m comment --comment "cali:jnfO3RPRJM8-0ymT" -g cali-tw-cali12ab34cd56e; echo rc=$?
iptables -N cali-tw-cali12ab34cd56e
iptables -A cali-to-wl-dispatch -o cali12ab34cd56e -m comment --comment "cali:jnfO3RPRJM8-0ymT" -g cali-tw-cali12ab34cd56e
iptables -A cali-to-wl-dispatch -m comment --comment "cali:7KNphB1nNHw80nIO" -m comment --comment "Unknown interface" -j DROP
iptables -A cali-tw-cali12ab34cd56e -m comment --comment "cali:a" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A cali-tw-cali12ab34cd56e -m comment --comment "cali:b" -m conntrack --ctstate INVALID -j DROP
iptables -A cali-tw-cali12ab34cd56e -m comment --comment "cali:c" -j MARK --set-xmark 0x0/0x20000
iptables -A cali-tw-cali12ab34cd56e -m comment --comment "cali:d" -m mark --mark 0x0/0x20000 -j DROP
iptables -t raw -S
iptables -t raw -L cali-PREROUTING -n -v
iptables -S
iptables -L cali-INPUT -n
iptables -L cali-to-wl-dispatch -n -v
iptables -L cali-tw-cali12ab34cd56e --line-numbers
iptables-save -c | grep -v '^#'
nft list table ip raw
nft list chain ip filter cali-INPUT
nft list chain ip filter cali-to-wl-dispatch
nft list chain ip filter cali-tw-cali12ab34cd56e
iptables -X cali-wl-to-host; echo rc=$?
iptables -F cali-wl-to-host
iptables -X cali-wl-to-host; echo rc=$?
iptables -X cali-tw-cali12ab34cd56e; echo rc=$?
