# logger (no syslog socket in the sandbox: silent, -s reports it and fails), sync, unlink and its errors
iptables -A INPUT -p tcp --dport 22 -j ACCEPT && logger -t firewall "rules loaded: $(iptables -S INPUT | grep -c ^-A)"; echo rc=$?
logger -t firewall "rules loaded"; echo rc=$?; logger; echo rc=$?; echo piped | logger -p local0.info; echo rc=$?; logger -s "to stderr" 2>&1 | sed 's/^<[0-9]*>[A-Z][a-z][a-z] [ 0-9][0-9] [0-9:]* //'
sync; echo rc=$?; touch /tmp/u1; unlink /tmp/u1; echo rc=$?; ls /tmp/u1 2>&1; unlink /tmp/nope; echo rc=$?; unlink; echo rc=$?; unlink /tmp; echo rc=$?
logger -s "x"; echo rc=$?
logger -s -t fw msg 2>/dev/null; echo rc=$?
logger --bogus; echo rc=$?
