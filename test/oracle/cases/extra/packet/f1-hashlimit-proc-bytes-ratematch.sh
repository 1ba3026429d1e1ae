ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 22
iptables -A INPUT -p tcp --dport 22 -m hashlimit --hashlimit-name b --hashlimit-above 1kb/s --hashlimit-mode srcip,dstport -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m hashlimit --hashlimit-name bb --hashlimit-above 2kb/s --hashlimit-burst 8kb --hashlimit-mode srcip -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m hashlimit --hashlimit-name rb --hashlimit-above 1mb/s --hashlimit-rate-match --hashlimit-mode dstip -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m hashlimit --hashlimit-name r --hashlimit-upto 5/s --hashlimit-rate-match --hashlimit-mode srcip --hashlimit-srcmask 16 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m hashlimit --hashlimit-name r2 --hashlimit-upto 2/min --hashlimit-burst 1 --hashlimit-rate-match --hashlimit-rate-interval 5 -j ACCEPT
ip netns exec client probe tcp 10.0.0.1 22
for t in b bb rb r r2; do echo "$t: $(cut -d' ' -f2,4- /proc/net/ipt_hashlimit/$t)"; done
iptables -L INPUT -v -n -x
ip netns exec client probe tcp 10.0.0.1 22
for t in b bb rb r r2; do echo "$t: $(cut -d' ' -f2,4- /proc/net/ipt_hashlimit/$t)"; done
