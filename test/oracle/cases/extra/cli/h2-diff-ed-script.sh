# diff -e / --ed: the ed script from one saved ruleset to the next (changes last to first)
iptables -A INPUT -s 10.0.0.3 -j DROP; iptables -A INPUT -s 10.0.0.1 -j DROP; iptables -A INPUT -s 10.0.0.2 -j ACCEPT
iptables-save -t filter | grep -v '^#' > /tmp/a; iptables -D INPUT 1; iptables -R INPUT 2 -s 10.0.0.9 -j ACCEPT; iptables -A INPUT -p icmp -j ACCEPT; iptables -A INPUT -p udp -j ACCEPT; iptables-save -t filter | grep -v '^#' > /tmp/b
diff -e /tmp/a /tmp/b; echo rc=$?
diff --ed /tmp/b /tmp/a; echo rc=$?
diff -e /tmp/a /tmp/a; echo rc=$?
printf 'x\n' > /tmp/c; diff -e /dev/null /tmp/c; diff -e /tmp/c /dev/null
