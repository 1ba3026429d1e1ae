iptables -A INPUT -j ACCEPT
iptables-legacy -A INPUT -j ACCEPT
iptables -L -n 2>&1
iptables -L -n 2>&1 | cat
iptables -S 2>&1 | cat
iptables-save 2>&1 | grep -v '^# Generated\|^# Completed'
iptables-save -t filter 2>&1 | cat
iptables -L INPUT -n -v 2>&1 | cat
iptables -t nat -L -n 2>&1 | cat
ip6tables -L -n 2>&1 | cat
iptables -L NOPE 2>&1 | cat
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:01 --total-nodes 2 --local-node 1 2>&1 | cat
iptables -A INPUT -p tcp -m state --state NEW -j ACCEPT 2>&1 | cat
iptables -A INPUT -m recent --set --rsource 2>&1 | cat
nft add rule ip filter INPUT tcp dport 5 accept
iptables -L INPUT -n 2>&1 | cat
iptables -S INPUT 2>&1 | cat
iptables-save -t filter 2>&1 | grep -v '^# Generated\|^# Completed'
iptables -L INPUT -n -v 2>&1 | cat
