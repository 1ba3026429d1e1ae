# getent against the files databases, and its answers feeding iptables
getent services ssh 53/udp www
getent services ssh nosuch https; echo rc=$?
getent services 022 0x16; echo rc=$?
getent protocols tcp 17 6x IPv6-ICMP
getent protocols nosuch; echo rc=$?
getent hosts localhost 127.0.0.1 127.1
getent hosts nosuchhost; echo rc=$?
getent networks loopback
getent rpc portmapper ypbind
getent passwd root
getent services | head -3
getent protocols | awk '$2 < 3'
getent foo bar; echo rc=$?
getent; echo rc=$?
getent -x hosts; echo rc=$?
getent ethers; echo rc=$?
iptables -A INPUT -p tcp --dport $(getent services ssh | awk '{split($2, a, "/"); print a[1]}') -j ACCEPT
iptables -A INPUT -p $(getent protocols 17 | cut -d' ' -f1) --dport 53 -j ACCEPT
for s in http https; do iptables -A INPUT -p tcp --dport "$(getent services $s | tr -s ' ' | cut -d' ' -f2 | cut -d/ -f1)" -j ACCEPT; done
iptables -S INPUT
getent services ssh >/dev/null && echo known || echo unknown
