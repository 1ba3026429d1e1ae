# >(list) as a command argument or redirect target: the list reads what the command wrote and prints to the shell's own stdout
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -j DROP
iptables -S | tee >(wc -l) > /dev/null; sleep 0.1
iptables -S | tee >(grep -c ACCEPT) >(grep -c DROP) | wc -l; sleep 0.1
iptables-save > >(grep -c '^-A'); sleep 0.1
echo hi > >(cat); sleep 0.1; echo done
diff <(iptables -S INPUT) <(iptables -S INPUT | sort); echo rc=$?
