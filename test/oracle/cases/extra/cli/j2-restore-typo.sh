# save, edit with sed, restore with a typo: the error names the line
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables-save > /tmp/rules.v4; echo rc=$?
sed -i 's/--dport 80/--dprot 80/' /tmp/rules.v4
iptables-restore < /tmp/rules.v4; echo rc=$?
sed -i 's/--dprot 80/--dport 80/; s/-j ACCEPT/-j ACCPET/' /tmp/rules.v4
iptables-restore < /tmp/rules.v4; echo rc=$?
sed -i 's/ACCPET/ACCEPT/; s/^COMMIT/COMIT/' /tmp/rules.v4
iptables-restore < /tmp/rules.v4; echo rc=$?
sed -i 's/^COMIT/COMMIT/; s/-A INPUT/-A INPT/' /tmp/rules.v4
iptables-restore < /tmp/rules.v4; echo rc=$?
sed -i 's/-A INPT/-A INPUT/; s/^\*nat/*NAT/' /tmp/rules.v4
iptables-restore < /tmp/rules.v4; echo rc=$?
sed -i 's/^\*NAT/*nat/' /tmp/rules.v4
iptables-restore < /tmp/rules.v4; echo rc=$?
iptables -S
