# iptables-xml -c: a rule whose words up to the jump equal the previous rule's adds its action there, unless that one was final
cat > /tmp/m.save <<'EOF'
*filter
:INPUT ACCEPT [0:0]
:X - [0:0]
-A INPUT -p tcp -j LOG
-A INPUT -p tcp -j ACCEPT
-A INPUT -p tcp -j DROP
-A INPUT -p tcp -j X
-A INPUT -p tcp -j MARK --set-mark 1
-A INPUT -p udp -j X
-A INPUT -j LOG
-A INPUT -j LOG
-A X -p udp -j X
-A X -p udp -g X
-A X -p udp -j LOG
-A X -p udp --jump LOG --log-prefix "x"
-A X -p udp --jump QUEUE
-A X -p udp -j LOG
COMMIT
*nat
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -p udp -j LOG
-A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
-A POSTROUTING -o eth0 -j RETURN
COMMIT
EOF
iptables-xml -c /tmp/m.save
iptables-xml --combine -v /tmp/m.save | grep -c Combine
