# queues_total is a u16: 0:65535 (also ':' and '0:') wraps to 0 queues; -v echoes num 0 before the kernel refuses it
iptables -v -A INPUT -j NFQUEUE --queue-balance :
iptables -v -A INPUT -j NFQUEUE --queue-balance 0:65535
iptables -v -A INPUT -j NFQUEUE --queue-balance 1:65535
iptables -v -A INPUT -j NFQUEUE --queue-balance 5:
iptables -v -A INPUT -j NFQUEUE --queue-balance :3
iptables -v -A INPUT -j NFQUEUE --queue-balance 3:3
iptables -S INPUT
iptables -L INPUT -n
iptables-legacy -v -A INPUT -j NFQUEUE --queue-balance :
iptables-legacy -v -A INPUT -j NFQUEUE --queue-balance 1:65535
iptables-legacy -S INPUT
iptables -v -A INPUT -j NFQUEUE --queue-balance 0: --queue-bypass
