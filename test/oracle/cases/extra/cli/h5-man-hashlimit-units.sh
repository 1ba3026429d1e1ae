iptables -A INPUT -s 192.168.0.0/16 -m hashlimit --hashlimit-mode srcip --hashlimit-upto 1000/sec --hashlimit-name a -j ACCEPT
iptables -A INPUT -s 192.168.1.1 -m hashlimit --hashlimit-mode srcport --hashlimit-upto 100/sec --hashlimit-name b -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -m hashlimit --hashlimit-mask 28 --hashlimit-upto 10000/min --hashlimit-name c -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -m hashlimit --hashlimit-srcmask 28 --hashlimit-mode srcip --hashlimit-upto 10000/min --hashlimit-name c -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-mode srcip,dstip,srcport,dstport --hashlimit-above 512kb/s --hashlimit-name d -j DROP
iptables -A INPUT -m hashlimit --hashlimit-mode dstip --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-name e -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 1b/s --hashlimit-name f -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 1500b/s --hashlimit-burst 3000 --hashlimit-name g -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 2048kb/s --hashlimit-name h -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-burst 2mb --hashlimit-name i -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 1024mb/s --hashlimit-name j -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 5000mb/s --hashlimit-name j -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 65536mb/s --hashlimit-name j2 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 70000mb/s --hashlimit-burst 3 --hashlimit-name j3 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 4096mb/s --hashlimit-name j4 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-upto 3/hour --hashlimit-name k -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 3 --hashlimit-name k -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 7/day --hashlimit-burst 10 --hashlimit-name l -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/d --hashlimit-name l -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 100000/s --hashlimit-name m -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1000001/s --hashlimit-name m -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 0/s --hashlimit-name m -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/minute --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-dstmask 16 --hashlimit-name n -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/minute --hashlimit-mode dstip --hashlimit-dstmask 33 --hashlimit-name n -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/m --hashlimit-htable-size 1024 --hashlimit-htable-max 2048 --hashlimit-htable-expire 60000 --hashlimit-htable-gcinterval 2000 --hashlimit-name o -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/m --hashlimit-htable-expire 10000 --hashlimit-htable-gcinterval 1000 --hashlimit-name o -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-above 10/s --hashlimit-rate-match --hashlimit-rate-interval 5 --hashlimit-name p -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 10/s --hashlimit-rate-match --hashlimit-name p -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 10/s --hashlimit-rate-interval 0 --hashlimit-rate-match --hashlimit-name p -j DROP
iptables -A INPUT -m hashlimit --hashlimit-upto 10/s -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-name q -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-name aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-mode srcip,bogus --hashlimit-name r -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/fortnight --hashlimit-name r -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10kb/m --hashlimit-name r -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-burst 1mb --hashlimit-name r -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit 10/s --hashlimit-name r -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save | grep -v '^#'
iptables-translate -A INPUT -m hashlimit --hashlimit-mode dstip --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-name e -j DROP
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 7/day --hashlimit-burst 10 --hashlimit-name l -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/minute --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-dstmask 16 --hashlimit-name n -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/m --hashlimit-htable-size 1024 --hashlimit-htable-max 2048 --hashlimit-htable-expire 60000 --hashlimit-htable-gcinterval 2000 --hashlimit-name o -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-above 1500b/s --hashlimit-burst 3000 --hashlimit-name g -j DROP
ip6tables -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-mode srcip --hashlimit-srcmask 64 --hashlimit-name v6 -j ACCEPT
ip6tables -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-mode srcip --hashlimit-srcmask 129 --hashlimit-name v6 -j ACCEPT
ip6tables -L INPUT -n
ip6tables -S INPUT
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-mode srcip --hashlimit-srcmask 64 --hashlimit-name v6 -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-above 5000mb/s --hashlimit-name j -j DROP
