# "Rate-limit SSH with recent" guide: the two -I lines (so --update ends up first), five connection attempts, the list file, clearing an entry; then the limit-module and hashlimit variants
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 22
iptables -I INPUT -p tcp --dport 22 -i veth0 -m state --state NEW -m recent --set
iptables -I INPUT -p tcp --dport 22 -i veth0 -m state --state NEW -m recent --update --seconds 60 --hitcount 4 -j DROP
iptables -L INPUT -n --line-numbers
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
iptables -L INPUT -n -v
cut -d' ' -f1 /proc/net/xt_recent/DEFAULT
echo -10.0.0.2 > /proc/net/xt_recent/DEFAULT
wc -l < /proc/net/xt_recent/DEFAULT
ip netns exec client probe tcp 10.0.0.1 22
iptables -F INPUT
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --set --name SSH --rsource
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --update --seconds 60 --hitcount 31 --rttl --name SSH --rsource -j DROP
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m recent --update --seconds 60 --hitcount 2 --rttl --name SSH --rsource -j DROP
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
ls /proc/net/xt_recent/
echo / > /proc/net/xt_recent/SSH
iptables -F INPUT
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -m limit --limit 3/min --limit-burst 3 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -j DROP
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m hashlimit --hashlimit-name ssh --hashlimit-above 2/min --hashlimit-burst 2 --hashlimit-mode srcip -j DROP
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22
ip netns exec client probe tcp 10.0.0.1 22 --timeout 0.3
iptables -S INPUT
awk '{print $2, $4, $5}' /proc/net/ipt_hashlimit/ssh
