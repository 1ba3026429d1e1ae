iptables -A OUTPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0' -j ACCEPT
iptables -A OUTPUT -m bpf ! --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '3,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0 65535' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '0' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0 1 ' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '4, 48 0 0 9, 21 0 1 6, 6 0 0 1, 6 0 0 0' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0 x' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode 'abc' -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '1,1 0 0 0' -j ACCEPT
iptables -A OUTPUT -m bpf --object-pinned /sys/fs/bpf/nonexistent -j ACCEPT
iptables -A OUTPUT -m bpf -j ACCEPT
iptables -A OUTPUT -m bpf --bytecode '1,6 0 0 1' --object-pinned /x -j ACCEPT
iptables -A OUTPUT -p tcp --sport 80 -m cgroup ! --path service/http-server -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup ! --cgroup 1 -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup --cgroup 0x100001 -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup --cgroup 1 --path / -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup --path / -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup --path system.slice -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup -j DROP
iptables -A OUTPUT -p tcp --sport 80 -m cgroup --cgroup -1 -j DROP
iptables -A OUTPUT -m addrtype --src-type LOCAL --dst-type UNICAST,BROADCAST -j ACCEPT
iptables -A OUTPUT -m addrtype ! --src-type LOCAL ! --dst-type UNSPEC,MULTICAST,ANYCAST -j ACCEPT
iptables -A OUTPUT -m addrtype --dst-type BLACKHOLE,UNREACHABLE,PROHIBIT,THROW,NAT,XRESOLVE -j ACCEPT
iptables -A OUTPUT -m addrtype --dst-type local -j ACCEPT
iptables -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --dst-type FOO -j ACCEPT
iptables -A INPUT -m addrtype -j ACCEPT
iptables -A INPUT -m addrtype --limit-iface-in -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL,,UNICAST -j ACCEPT
iptables -S
iptables -L
iptables -L -n -v
iptables-translate -A OUTPUT -m bpf --bytecode '4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0' -j ACCEPT
iptables-translate -A OUTPUT -p tcp --sport 80 -m cgroup ! --cgroup 1 -j DROP
iptables-translate -A OUTPUT -p tcp --sport 80 -m cgroup ! --path service/http-server -j DROP
iptables-translate -A OUTPUT -m addrtype ! --src-type LOCAL ! --dst-type UNSPEC,MULTICAST,ANYCAST -j ACCEPT
iptables-translate -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT
ip6tables -A OUTPUT -m addrtype --src-type LOCAL --dst-type UNICAST -j ACCEPT
ip6tables -A OUTPUT -m addrtype --dst-type BROADCAST -j ACCEPT
ip6tables -A OUTPUT -m bpf --bytecode '1,6 0 0 1' -j ACCEPT
ip6tables -S OUTPUT
