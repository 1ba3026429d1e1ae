# hashlimit revision 3: --hashlimit-rate-match and --hashlimit-rate-interval (atoi values),
# the unit of a rate-match rate becomes its interval, -L shows the rate over the interval.
iptables -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name a --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name b --hashlimit-rate-interval 5
iptables -A INPUT -m hashlimit --hashlimit-upto 7/min --hashlimit-name c --hashlimit-rate-interval 3 --hashlimit-burst 9
iptables -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-name d --hashlimit-rate-match --hashlimit-rate-interval 3 --hashlimit-mode srcip --hashlimit-srcmask 24
iptables -A INPUT -m hashlimit --hashlimit-upto 7/hour --hashlimit-name e --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-rate-match --hashlimit-upto 10/day --hashlimit-name f --hashlimit-burst 3
iptables -A INPUT -m hashlimit --hashlimit-above 33 --hashlimit-name g --hashlimit-rate-match --hashlimit-rate-interval 2
iptables -A INPUT -m hashlimit --hashlimit-upto 3/min --hashlimit-name h --hashlimit-rate-match --hashlimit-rate-interval 10abc
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name i --hashlimit-rate-interval 0
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name i --hashlimit-rate-interval 0x10
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name i --hashlimit-rate-interval 2147483648
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name i ! --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name i --hashlimit-rate-match --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name j --hashlimit-htable-expire 0
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name k --hashlimit-htable-gcinterval 0
iptables -S
iptables -L -n
iptables -C INPUT -m hashlimit --hashlimit-upto 7/hour --hashlimit-name e --hashlimit-rate-match
iptables -D INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 5/sec --hashlimit-rate-match
iptables-save
