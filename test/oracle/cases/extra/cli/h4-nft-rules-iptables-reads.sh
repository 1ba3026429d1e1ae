iptables -A INPUT -j ACCEPT
iptables -N foo
nft add rule ip filter INPUT ip saddr 10.0.0.1 drop
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT ip saddr 10.0.0.0/8 counter accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT tcp dport 22 accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT tcp dport 22 counter drop
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT udp dport 53 accept
iptables -S INPUT
nft flush chain ip filter INPUT
iptables -S INPUT
nft flush chain ip filter INPUT
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT iifname lo accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT iifname "eth0" counter accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT ip protocol icmp accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT counter
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT drop
iptables -S INPUT
nft flush chain ip filter INPUT
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT meta l4proto tcp accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT ip protocol tcp tcp dport 22 counter accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT tcp dport 1-100 accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT jump foo
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT counter jump foo
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT ip saddr != 1.2.3.4 accept
iptables -S INPUT
nft flush chain ip filter INPUT
nft add rule ip filter INPUT tcp sport 1024-65535 tcp dport 22 accept
iptables -S INPUT
nft flush chain ip filter INPUT
iptables -S INPUT
nft flush chain ip filter INPUT
iptables -S INPUT
nft flush chain ip filter INPUT
iptables -S INPUT
nft flush chain ip filter INPUT
