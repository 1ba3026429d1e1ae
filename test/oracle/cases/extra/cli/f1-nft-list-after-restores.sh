iptables-restore -t --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:300]
:FORWARD DROP [10:2000]
:OUTPUT ACCEPT [10:2000]
:web - [10:2000]
-A INPUT -s 10.0.0.0/8 -j web
-A web -p tcp --dport 80 -j ACCEPT
-A OUTPUT -d 192.168.1.1 -m comment --comment "a b" -j DROP
COMMIT
EOF
iptables -t filter -S
cat > /tmp/rules <<'EOF'
*nat
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE
-A PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 80
COMMIT
*filter
:INPUT ACCEPT [10:2000]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [10:2000]
:web - [10:2000]
-A INPUT -s 10.0.0.0/8 -j web
-A web -p tcp --dport 80 -j ACCEPT
-A OUTPUT -d 192.168.1.1 -m comment --comment "a b" -j DROP
COMMIT
EOF
iptables-restore /tmp/rules /tmp/rules
iptables-save -t filter
printf -- '*filter\n:OUTPUT ACCEPT [5:300]\n:web - [0:0]\n-A INPUT -s 10.0.0.0/8 -j web\n[5:300] -A web -p tcp --dport 80 -j ACCEPT\n-A OUTPUT -d 192.168.1.1 -m comment --comment "a b" -j DROP\nCOMMIT\n*raw\n:PREROUTING ACCEPT [1:2]\n:OUTPUT ACCEPT [10:2000]\n-A PREROUTING -p udp --dport 53 -j CT --notrack\nCOMMIT\n' | iptables-nft-restore
iptables-save -t raw
cat > /tmp/rules <<'EOF'
*mangle
:PREROUTING ACCEPT [1:2]
:marks - [1:2]
-A PREROUTING -j marks
-A marks -j MARK --set-mark 0x1
COMMIT
EOF
ip6tables-restore /tmp/nope
ip6tables -L -n -v -x
printf -- '*FILTER\n: - [0:0]\n:INPUT ACCEPT [0:0]\nCOMMIT\n*mangle\n:PREROUTING ACCEPT [5:300]\n:marks - [5:300]\n-A PREROUTING -j marks\n-A marks -j MARK --set-mark 0x1\nCOMMIT\n*raw\n:PREROUTING ACCEPT [5:300]\n:OUTPUT ACCEPT [10:2000]\n-A PREROUTING -p udp --dport 53 -j CT --notrack\nCOMMIT\n' | ip6tables-restore -w 2
ip6tables-save -c | grep -v '^#'
cat > /tmp/rules <<'EOF'
*mangle
:marks - [10:2000]
[10:2000] -A PREROUTING -j marks
-A marks -j MARK --set-mark 0x1  
COMMIT
EOF
cat /tmp/rules | ip6tables-restore -T nat --table=mangle -nc
ip6tables-save -t mangle
iptables-legacy-save
nft list ruleset
