iptables-legacy -t raw -A PREROUTING -p tcp -j CT --helper nosuch
iptables-legacy -A INPUT -m ipvs --ipvs -j ACCEPT
iptables-legacy -t mangle -A INPUT -j SECMARK --selctx x
iptables-legacy -A INPUT -j TCPOPTSTRIP --strip-options mss
iptables-legacy -t mangle -A POSTROUTING -j TCPOPTSTRIP --strip-options mss
iptables-legacy -A INPUT -j LED --led-trigger-id x
