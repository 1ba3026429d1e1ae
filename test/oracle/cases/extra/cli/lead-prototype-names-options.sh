# Object.prototype's property names as extension option values (realm, devgroup, CT helper) and tool options (xargs, getent).
iptables -A INPUT -m realm --realm toString 2>&1
iptables -A INPUT -m realm --realm constructor 2>&1
iptables -A INPUT -m realm --realm __proto__ 2>&1
iptables -A INPUT -m devgroup --src-group toString 2>&1
iptables -A INPUT -m devgroup --src-group constructor 2>&1
iptables -A INPUT -m devgroup --src-group __proto__ 2>&1
iptables -t raw -A PREROUTING -j CT --helper toString 2>&1
iptables -t raw -A PREROUTING -j CT --helper constructor 2>&1
iptables -t raw -A PREROUTING -j CT --helper __proto__ 2>&1
xargs --toString 2>&1
xargs --constructor 2>&1
xargs --__proto__ 2>&1
getent toString 2>&1
getent constructor 2>&1
getent __proto__ 2>&1
