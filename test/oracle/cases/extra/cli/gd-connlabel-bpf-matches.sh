iptables -A INPUT -m connlabel --label 0x10 -j DROP
iptables -A INPUT -m connlabel --label 99999 -j DROP
iptables -A INPUT -m connlabel --label -1 -j DROP
iptables -A INPUT -m connlabel --label 5 --label 6 -j DROP
iptables -A INPUT -m connlabel --set -j DROP
iptables -A INPUT -m connlabel --label 3 ! --set -j DROP
iptables -C INPUT -m connlabel --label 0x10 -j DROP
iptables -A OUTPUT -m bpf --bytecode "1,6 0 0 0,6 0 0 1" -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode "1,6 0 0" -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode "1,6 0 0 x" -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode "1,6 0 0 0 " -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode "0," -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode "1,6 0 0 0" --bytecode "1,6 0 0 0" -j ACCEPT
iptables -A OUTPUT -m bpf ! --bytecode "1,6 0 0 0" -j ACCEPT
iptables -A OUTPUT -m bpf --object-pinned /sys/fs/bpf/x -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode "1,6 0 0 65535" -j ACCEPT
iptables -C OUTPUT -m bpf --bytecode "1,6 0 0 65535" -j ACCEPT
iptables -S OUTPUT
iptables -A INPUT -m connlabel --label 1 -j ACCEPT
iptables -A INPUT -m connlabel ! --label 5 --set -j ACCEPT
iptables -A INPUT -m connlabel --label foo -j ACCEPT
iptables -A INPUT -m connlabel -j ACCEPT
iptables -D INPUT -m connlabel --label 1 -j ACCEPT
iptables-translate -A INPUT -m connlabel --label 1 -j DROP
iptables-translate -A INPUT -m bpf --bytecode "1,6 0 0 0" -j DROP
iptables -m connlabel -h | sed -n '/connlabel match/,$p'
iptables -m bpf -h | sed -n '/bpf match/,$p'
