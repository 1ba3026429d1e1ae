# Cilium's iptables rules: raw CT --notrack, mangle socket/TPROXY, nat masquerade with comments
cat > /tmp/cilium.rules <<'CEOF'
*raw
:CILIUM_OUTPUT_raw - [0:0]
:CILIUM_PRE_raw - [0:0]
-A PREROUTING -m comment --comment "cilium-feeder: CILIUM_PRE_raw" -j CILIUM_PRE_raw
-A OUTPUT -m comment --comment "cilium-feeder: CILIUM_OUTPUT_raw" -j CILIUM_OUTPUT_raw
-A CILIUM_OUTPUT_raw -o lxc+ -m mark --mark 0xa00/0xfffffeff -m comment --comment "cilium: NOTRACK for proxy return traffic" -j CT --notrack
-A CILIUM_OUTPUT_raw -o cilium_host -m mark --mark 0xa00/0xfffffeff -m comment --comment "cilium: NOTRACK for proxy return traffic" -j CT --notrack
-A CILIUM_PRE_raw -m mark --mark 0x200/0xf00 -m comment --comment "cilium: NOTRACK for proxy traffic" -j CT --notrack
COMMIT
*mangle
:CILIUM_POST_mangle - [0:0]
:CILIUM_PRE_mangle - [0:0]
-A PREROUTING -m comment --comment "cilium-feeder: CILIUM_PRE_mangle" -j CILIUM_PRE_mangle
-A POSTROUTING -m comment --comment "cilium-feeder: CILIUM_POST_mangle" -j CILIUM_POST_mangle
-A CILIUM_PRE_mangle ! -o lo -m socket --transparent -m mark ! --mark 0xe00/0xf00 -m mark ! --mark 0x800/0xf00 -m comment --comment "cilium: any->pod redirect proxied traffic to host proxy" -j MARK --set-xmark 0x200/0xffffffff
-A CILIUM_PRE_mangle -p tcp -m mark --mark 0x5d8a0200 -m comment --comment "cilium: TPROXY to host cilium-dns-egress proxy" -j TPROXY --on-port 35421 --on-ip 127.0.0.1 --tproxy-mark 0x200/0xffffffff
-A CILIUM_PRE_mangle -p udp -m mark --mark 0x5d8a0200 -m comment --comment "cilium: TPROXY to host cilium-dns-egress proxy" -j TPROXY --on-port 35421 --on-ip 127.0.0.1 --tproxy-mark 0x200/0xffffffff
COMMIT
*nat
:CILIUM_POST_nat - [0:0]
-A POSTROUTING -m comment --comment "cilium-feeder: CILIUM_POST_nat" -j CILIUM_POST_nat
-A CILIUM_POST_nat -s 10.0.0.0/24 ! -d 10.0.0.0/8 ! -o cilium_+ -m comment --comment "cilium masquerade non-cluster" -j MASQUERADE
-A CILIUM_POST_nat -m mark --mark 0xa00/0xe00 -m comment --comment "exclude proxy return traffic from masquerade" -j ACCEPT
-A CILIUM_POST_nat -s 127.0.0.1/32 -o cilium_host -m comment --comment "cilium host->cluster from 127.0.0.1 masquerade" -j SNAT --to-source 10.0.0.109
COMMIT
CEOF
iptables-restore -w 5 --noflush < /tmp/cilium.rules; echo rc=$?
iptables -t raw -L -n -v
iptables -t raw -S CILIUM_OUTPUT_raw
iptables -t mangle -L CILIUM_PRE_mangle -n
iptables -t mangle -L CILIUM_PRE_mangle
iptables -t mangle -S CILIUM_PRE_mangle
iptables -t nat -L CILIUM_POST_nat -n -v --line-numbers
iptables-save | grep -v '^#'
iptables -t raw -A CILIUM_PRE_raw -j NOTRACK
iptables -t raw -A CILIUM_PRE_raw -j CT --zone 4097
iptables -t raw -A CILIUM_PRE_raw -j CT --notrack --zone 1; echo rc=$?
iptables -t mangle -A CILIUM_PRE_mangle -p tcp -j TPROXY --on-port 0; echo rc=$?
iptables -t mangle -A CILIUM_PRE_mangle -j TPROXY --on-port 15001; echo rc=$?
iptables -t filter -A INPUT -p tcp -j TPROXY --on-port 15001; echo rc=$?
iptables -t raw -S CILIUM_PRE_raw
nft list table ip raw
nft list chain ip mangle CILIUM_PRE_mangle
nft list chain ip nat CILIUM_POST_nat
