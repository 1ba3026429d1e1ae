# editing a saved ruleset with the usual tools: sed -i.bak, sed ranges, sed -i -e -e, sed line deletes and inserts, tee, cp backups, diff
iptables -N LOGDROP; iptables -A LOGDROP -j LOG --log-prefix "DROP: "; iptables -A LOGDROP -j DROP; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p tcp --dport 23 -j LOGDROP; iptables -t nat -A POSTROUTING -s 10.8.0.0/24 -o lo -j MASQUERADE
iptables-save | grep -v '^#' | tee /tmp/rules.v4 | wc -l; cp /tmp/rules.v4 /tmp/rules.v4.orig
grep -n 'dport 23' /tmp/rules.v4
sed -i.bak '/dport 23/d' /tmp/rules.v4; ls /tmp/rules.v4*; diff /tmp/rules.v4.bak /tmp/rules.v4; echo rc=$?
sed -n '/^\*nat/,/^COMMIT/p' /tmp/rules.v4
sed -i '/^\*nat/,/^COMMIT/d' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -t nat -S POSTROUTING; iptables -S INPUT
sed -i -e 's/--dport 22 /--dport 2222 /' -e 's/ACCEPT$/ACCEPT/' /tmp/rules.v4; grep dport /tmp/rules.v4
sed -i '$d' /tmp/rules.v4; tail -1 /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?
echo COMMIT >> /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S INPUT
sed -i '2i -A INPUT -s 192.0.2.0/24 -j DROP' /tmp/rules.v4; head -3 /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?
sed -i '/^\*filter/a -A INPUT -s 192.0.2.0/24 -j DROP' /tmp/rules.v4; sed -i '3d' /tmp/rules.v4; head -4 /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S INPUT
sed -i 's/LOG --log-prefix "DROP: "/LOG --log-prefix "IN-DROP: " --log-level 4/' /tmp/rules.v4; iptables-restore /tmp/rules.v4; echo rc=$?; iptables -S LOGDROP
iptables-restore /tmp/rules.v4.orig; echo rc=$?; diff <(iptables-save | grep -v '^#') /tmp/rules.v4.orig && echo back-to-original
awk '/^-A INPUT/{n++} {print} END {print "# " n " INPUT rules" > "/dev/stderr"}' /tmp/rules.v4.orig | iptables-restore --test; echo rc=$?
grep -c . /tmp/rules.v4.orig; wc -l < /tmp/rules.v4.orig
