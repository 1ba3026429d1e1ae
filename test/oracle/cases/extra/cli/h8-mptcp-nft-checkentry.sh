# -p mptcp (262): iptables-nft's payload compare keeps one byte (lists as tcp) but the kernel's checkentry sees 262
iptables -A INPUT -p mptcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p mptcp -m tcpmss --mss 100
iptables -t mangle -A POSTROUTING -p mptcp -j TCPMSS --set-mss 1400
iptables -A INPUT -p mptcp -m multiport --dports 80,443
iptables -A INPUT -p mptcp -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -p mptcp -j ACCEPT
iptables -N chk
iptables -A chk -p mptcp -j REJECT --reject-with tcp-reset
iptables -A chk -p mptcp -m tcpmss --mss 100:200
iptables -I INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -S
iptables -t mangle -S POSTROUTING
ip6tables -A INPUT -p mptcp -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p mptcp -j ACCEPT
ip6tables -S INPUT
iptables-legacy -A INPUT -p mptcp -j REJECT --reject-with tcp-reset
iptables-legacy -A INPUT -p mptcp -j ACCEPT
iptables-legacy -S INPUT
printf '*filter\n-A INPUT -p mptcp -j REJECT --reject-with tcp-reset\nCOMMIT\n' | iptables-restore --noflush
printf '*filter\n-A INPUT -p mptcp -m tcpmss --mss 9\nCOMMIT\n' | iptables-restore --noflush
iptables -S INPUT
