ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80
serve tcp 22
printf '#!/usr/sbin/nft -f\nflush ruleset\n\ntable inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n\t\tct state established,related accept\n\t\tiif "lo" accept\n\t\ttcp dport 22 counter accept # ssh\n\t}\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy drop;\n\t}\n\tchain output {\n\t\ttype filter hook output priority filter;\n\t}\n}\n' > /tmp/fw.nft
nft -c -f /tmp/fw.nft
nft -f /tmp/fw.nft
nft list ruleset
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
nft -f /tmp/fw.nft
nft -a list ruleset
printf 'table ip filter {\n\tchain INPUT {\n\t\ttype filter hook input priority 0; policy accept;\n\t\tip saddr 10.0.0.2 tcp dport 80 drop\n\t}\n}\n' > /tmp/ipt.nft
nft -f /tmp/ipt.nft
iptables -S
ip netns exec client probe tcp 10.0.0.1 80 --timeout 0.3
