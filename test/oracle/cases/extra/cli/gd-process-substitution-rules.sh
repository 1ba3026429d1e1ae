iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-save > /tmp/before.rules
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
diff <(grep -v '^#' /tmp/before.rules) <(iptables-save | grep -v '^#')
echo rc=$?
diff <(iptables -S) <(iptables -S) && echo same
while read -r rule; do echo "got: $rule"; done < <(iptables -S INPUT)
cat <(echo one) <(echo two)
wc -l < <(iptables -S)
echo <(true) <(true)
iptables-restore < <(sed 's/80/8080/' <(iptables-save))
iptables -S INPUT
diff <(iptables -S INPUT) /tmp/before.rules | head -3
