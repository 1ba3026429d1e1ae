# bpf: libxt_bpf's -L text starts without the space every other match prints before itself
# (and ends with a NUL); -S and save are the usual form.
iptables -A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j ACCEPT
iptables -A INPUT -p udp -m bpf --bytecode "1,6 0 0 65535"
iptables -A INPUT -m bpf ! --bytecode "1,6 0 0 1"
iptables -L INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n
iptables -v -A INPUT -m bpf --bytecode "1,6 0 0 0" -j DROP
iptables -S INPUT
ip6tables -A INPUT -m bpf --bytecode "1,6 0 0 0"
ip6tables -L INPUT -n
