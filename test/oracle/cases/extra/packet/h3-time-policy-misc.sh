# Matches whose answer does not depend on traffic details: dates long past, IPsec policy none.
ip netns add client
ip link add veth0 type veth peer name eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve udp 53
iptables -A INPUT -m time --datestop 2001-01-01T00:00:00 -j LOG --log-prefix "before-2001 "
iptables -A INPUT -m time --datestart 2020-01-01 -j LOG --log-prefix "since-2020 "
iptables -A INPUT -m time --datestart 2020-01-01 --datestop 2037-12-31 -j LOG --log-prefix "window "
iptables -A INPUT -m time --timestart 00:00 --timestop 23:59:59 -j LOG --log-prefix "all-day "
iptables -A INPUT -m time --weekdays Mon,Tue,Wed,Thu,Fri,Sat,Sun -j LOG --log-prefix "any-day "
iptables -A INPUT -m time --monthdays 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 -j LOG --log-prefix "any-mday "
iptables -A INPUT -m policy --dir in --pol none -j LOG --log-prefix "no-ipsec "
iptables -A INPUT -m policy --dir in --pol ipsec -j LOG --log-prefix "ipsec "
iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto esp -j LOG --log-prefix "esp "
iptables -A OUTPUT -m policy --dir out --pol none -j LOG --log-prefix "out-no-ipsec "
iptables -A INPUT -m conntrack --ctstate NEW -m connbytes --connbytes 0:1 --connbytes-dir both --connbytes-mode packets -j LOG --log-prefix "first "
iptables -A INPUT -m connbytes --connbytes 3: --connbytes-dir original --connbytes-mode packets -j LOG --log-prefix "third-on "
iptables -A INPUT -m connbytes --connbytes 100: --connbytes-dir both --connbytes-mode bytes -j LOG --log-prefix "100B "
iptables -A INPUT -m connbytes --connbytes 0:50 --connbytes-dir original --connbytes-mode avgpkt -j LOG --log-prefix "small-avg "
iptables -A OUTPUT -m connbytes --connbytes 2: --connbytes-dir reply --connbytes-mode packets -j LOG --log-prefix "out-reply2 "
ip netns exec client probe tcp 10.0.0.1 80
ip netns exec client probe udp 10.0.0.1 53
ip netns exec client probe icmp 10.0.0.1
iptables -L -v -x -n
