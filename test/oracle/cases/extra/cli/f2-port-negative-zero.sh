# Ports through getaddrinfo (udp/conntrack port ranges, TPROXY): glibc's strtoul reads a sign, so
# '-0' and '-00' are port 0 while '-1' is no port; tcp's own parser and xtables_strtoul refuse '-'.
iptables -A INPUT -m connbytes --connbytes -1 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes -5:-2 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m quota --quota -5
iptables -A INPUT -p tcp --sport -0 --dport -0:5
iptables -A INPUT -p udp --sport -00
iptables -A INPUT -p udp --sport -0x0
iptables -A INPUT -p udp --sport -1
iptables -A INPUT -m length --length -0:-0
iptables -A INPUT -m mark --mark -0
iptables -A INPUT -m mark --mark -1
iptables -A INPUT -m connmark --mark -0/-0
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-htable-size -0
iptables -A INPUT -m u32 --u32 "-0=-0"
iptables -A INPUT -p udp -m conntrack --ctrepldstport -0 --ctrepldst 1.2.3.4
iptables -A INPUT -m statistic --mode nth --every 1 --packet -0
iptables -A INPUT -m ttl --ttl-eq -0
iptables -A INPUT -p icmp --icmp-type -0
iptables -S INPUT
