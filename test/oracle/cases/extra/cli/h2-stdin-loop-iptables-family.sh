# Commands of the iptables family (and ip, nft, sysctl, ss) inside while-read loops leave the loop its input
printf '2001:db8::1\n2001:db8::2\n' | while read ip; do ip6tables -A INPUT -s "$ip" -j DROP; echo "added $ip"; done; ip6tables -S INPUT
printf '10.0.0.1\n10.0.0.2\n' | while read ip; do iptables-nft -A INPUT -s "$ip" -j DROP; echo "added $ip"; done
printf '10.0.0.3\n10.0.0.4\n' | while read ip; do xtables-nft-multi iptables -A INPUT -s "$ip" -j DROP; echo "added $ip"; done
printf "10.0.0.5\n10.0.0.6\n" | while read ip; do xtables-nft-multi ip6tables -S INPUT >/dev/null; xtables-nft-multi iptables-save >/dev/null; echo "seen $ip"; done
printf 'a\nb\n' | while read x; do ip6tables-save >/dev/null; arptables -L >/dev/null; ebtables -L >/dev/null; nft list ruleset >/dev/null; ip -4 a >/dev/null; sysctl -n net.ipv4.ip_forward; echo "x=$x"; done
printf 'a\nb\n' | while read x; do iptables -L -n >/dev/null; iptables-translate -A INPUT -j DROP; ip6tables-translate -A INPUT -j DROP; echo "x=$x"; done
printf 'a\nb\n' | while read x; do ss -ltn >/dev/null; conntrack -L 2>/dev/null; ip route >/dev/null; echo "x=$x"; done
iptables -S | sort | head -3
