# Guides written for iptables-legacy typed on a nft-backed box: rules added with iptables-legacy, then the nft listing warns; -save of both; cleaning up legacy; version strings; the alternatives display
iptables -V
iptables-legacy -V
iptables-nft -V
iptables-legacy -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-legacy -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -L -n
iptables -S
iptables -t nat -S
iptables-save | grep -v '^# Generated\|^# Completed'
iptables-legacy -L -n
iptables-legacy-save | grep -v '^# Generated\|^# Completed'
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -L INPUT -n
iptables-nft-save | grep -v '^# Generated\|^# Completed'
ip6tables -L -n
ip6tables-legacy -A INPUT -j ACCEPT
ip6tables -L -n
iptables-legacy -F
iptables-legacy -t nat -F
iptables -L -n
iptables-legacy -X
iptables -L -n
iptables-legacy -t nat -L -n
ls /proc/net/ip_tables_names && cat /proc/net/ip_tables_names
ip6tables-legacy -F
ip6tables -L -n
update-alternatives --display iptables | head -3
update-alternatives --query iptables | grep -E '^(Name|Value|Status):'
readlink -f /usr/sbin/iptables
ls -l /usr/sbin/iptables | awk '{print $NF}'
