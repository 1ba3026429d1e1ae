# CT --notrack / NOTRACK in raw OUTPUT: later rules of the same hook already see the packet UNTRACKED (-m state, -m conntrack), as do later tables; the reply, tracked on its way out over lo, is NEW in raw PREROUTING
serve udp 53
iptables -t raw -A OUTPUT -p udp --dport 53 -m state --state UNTRACKED
iptables -t raw -A OUTPUT -p udp --dport 53 -m state --state INVALID
iptables -t raw -A OUTPUT -p udp --dport 53 -m conntrack --ctstate NEW
iptables -t raw -A OUTPUT -p udp --dport 53 -j CT --notrack
iptables -t raw -A OUTPUT -p udp --dport 53 -m state --state UNTRACKED
iptables -t raw -A OUTPUT -p udp --dport 53 -m state --state INVALID
iptables -t raw -A OUTPUT -p udp --dport 53 -m conntrack --ctstate UNTRACKED
iptables -t raw -A OUTPUT -p udp --dport 53 -j NOTRACK
iptables -t raw -A OUTPUT -p udp --dport 53 -m state --state UNTRACKED
iptables -t mangle -A OUTPUT -p udp --dport 53 -m state --state UNTRACKED
iptables -t raw -A PREROUTING -p udp --dport 53 -m state --state UNTRACKED
iptables -t raw -A PREROUTING -p udp --sport 53 -m state --state INVALID
iptables -t raw -A PREROUTING -p udp --sport 53 -m state --state ESTABLISHED
iptables -t raw -A PREROUTING -p udp --sport 53 -m state --state NEW
probe udp 127.0.0.1 53
iptables -t raw -L -v -n -x
iptables -t mangle -L OUTPUT -v -n -x
