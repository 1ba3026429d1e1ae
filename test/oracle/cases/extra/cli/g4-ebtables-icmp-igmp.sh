# ebtables-nft: --ip-icmp-type and --ip-igmp-type (names by prefix, ambiguity, number ranges and codes, printing back by name, kernel checks)
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type echo-request -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type ! 3/3 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 3/1:2 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 5:8 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 0x0b/0 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type PING -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type echo -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type foo -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 3/x -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 3x -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 300 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-icmp-type 8 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type 8:5 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type leave-group -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type 0x11:0x12 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type membership-report -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto igmp --ip-igmp-type 17/3 -j DROP; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto icmp --ip-icmp-type any -j DROP; echo rc=$?
ebtables -L INPUT
