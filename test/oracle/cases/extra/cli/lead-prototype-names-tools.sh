# Object.prototype's property names as awk variables and as ip's table, scope and protocol words.
echo a | awk '{print toString, constructor, __proto__; x["toString"]=1; print length(x)}'
echo a | awk '{constructor=5; print constructor; print hasOwnProperty+1}'
echo a | awk 'function f(valueOf){return valueOf+1} {print f(2)}'
ip route show table toString; echo rc=$?
ip route add 10.0.0.0/8 dev lo scope constructor; echo rc=$?
ip route add 10.0.0.0/8 dev lo proto toString; echo rc=$?
ip rule add table constructor; echo rc=$?
ip addr add 10.1.1.1/24 dev lo scope toString; echo rc=$?
ip neigh show dev toString; echo rc=$?
ip route add 10.0.0.0/8 dev lo metric toString; echo rc=$?
iptables -A INPUT -j LOG --log-level constructor; echo rc=$?
iptables -A INPUT -p tcp -m multiport --ports toString; echo rc=$?
iptables -A INPUT -j ULOG --ulog-prefix constructor; echo rc=$?
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple toString; echo rc=$?
xargs -I constructor echo constructor < /dev/null; echo rc=$?
