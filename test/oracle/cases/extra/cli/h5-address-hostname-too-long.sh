# -s/-d items longer than 255 bytes (xtables_ipparse_multiple's buffer): Hostname too long, before any lookup
iptables -A INPUT -s $(printf 'a%.0s' $(seq 255)) -j ACCEPT 2>&1 | cut -c1-90
iptables -A INPUT -s $(printf 'a%.0s' $(seq 256)) -j ACCEPT 2>&1 | cut -c1-90
iptables -A INPUT -s 1.2.3.4,$(printf 'a%.0s' $(seq 256)) -j ACCEPT 2>&1 | cut -c1-90
iptables -A INPUT -d $(printf 'a%.0s' $(seq 300))/24 -j ACCEPT 2>&1 | cut -c1-90
iptables -A INPUT -s $(printf 'a%.0s' $(seq 250))/2444444444 -j ACCEPT 2>&1 | cut -c1-90
ip6tables -A INPUT -s $(printf 'a%.0s' $(seq 256)) -j ACCEPT 2>&1 | cut -c1-90
iptables-legacy -A INPUT -s $(printf 'a%.0s' $(seq 256)) -j ACCEPT 2>&1 | cut -c1-90
iptables -A INPUT ! -s $(printf 'a%.0s' $(seq 256)) -j ACCEPT 2>&1 | cut -c1-90
iptables -A INPUT -s 1.2.3.4 -d $(printf '1%.0s' $(seq 256)) -j ACCEPT 2>&1 | cut -c1-90
