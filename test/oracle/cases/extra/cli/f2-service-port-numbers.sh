# XTTYPE_PORT (TPROXY --on-port, ipvs --vport): getaddrinfo takes what glibc's strtoul reads to
# the end (blanks and '+' first, decimal only, an empty string is port 0), else a service name.
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port ' 5'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '+6'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '-1'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '7 '
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '0x10'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '010'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '65537'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port '-65535'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port ''
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 'SSH'
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 'domain'
iptables -t mangle -S PREROUTING
ip6tables -t mangle -A PREROUTING -p icmpv6 -j TPROXY --on-port ' 5'
ip6tables -t mangle -A PREROUTING -p udp -j TPROXY --on-port ' 5'
iptables -A INPUT -p tcp -m ipvs --vport ' 8'
iptables -A INPUT -p tcp -m ipvs --vport ''
