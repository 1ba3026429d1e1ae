# ping's command line as typed at a shell (iputils 20221126): option errors and usage, clusters and operands first, -I forms, -t limits, address forms, names, -V; then a firewall on lo that REJECTs in INPUT and in OUTPUT
ping -x 127.0.0.1
ping -c
ping; echo rc=$?
ping -c 0 127.0.0.1
ping -c abc 127.0.0.1
ping -c 1 -W -1 127.0.0.1
ping -s -1 127.0.0.1
ping -c 1 -M maybe 127.0.0.1
ping -4 -6 127.0.0.1
ping -c 1 -T bogus 127.0.0.1
ping -qc1 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping 127.0.0.1 -c 1 -n | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping -c 1 nosuchhost.invalid; echo rc=$?
ping -c 1 -I 10.1.1.1 127.0.0.1; echo rc=$?
ping -c 1 -I nosuch0 127.0.0.1; echo rc=$?
ping -c 1 -I 127.0.0.1 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping -c 1 -I lo 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping -c 1 -t 0 127.0.0.1; echo rc=$?
ping -c 1 -t 256 127.0.0.1; echo rc=$?
ping -c 1 -t 255 0.0.0.0 | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping -c 1 0 | head -2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
ping -c 1 127.1 | head -2 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
ping -c 1 localhost | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping -c 1 -n localhost | sed -E 's/time[= ][0-9.]+ ?ms/time X/; s/= [0-9.\/]+ ms/= X ms/'
ping -V
ping -c 1 -6 127.0.0.1; echo rc=$?
iptables -A INPUT -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
ping -c 2 -i 0.2 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ping -c 1 localhost | sed -E 's/time[= ][0-9.]+ ?ms/time X/'
iptables -F INPUT
iptables -A OUTPUT -p icmp --icmp-type echo-request -j REJECT
ping -c 2 -i 0.2 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
ping -c 1 -q 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -R OUTPUT 1 -p icmp --icmp-type echo-request -j DROP
ping -c 1 -W 1 127.0.0.1 | sed -E 's/time[= ][0-9.]+ ?ms/time X/'; echo rc=${PIPESTATUS[0]}
iptables -L -v -x -n
