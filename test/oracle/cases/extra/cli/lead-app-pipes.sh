iptables -N web
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j web
iptables -A INPUT -s 10.0.0.0/8 -j ACCEPT
iptables -A web -m conntrack --ctstate NEW -m limit --limit 10/s -j ACCEPT
iptables -A web -j DROP
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables -L INPUT -n --line-numbers | awk 'NR>2 {print $1, $2}'
iptables -L -n | grep -c '^ACCEPT'
iptables -S | awk '/^-A/ {n[$2]++} END {for (c in n) print c, n[c]}' | sort
iptables-save | grep -v '^#' | sed -n '/^\*filter/,/^COMMIT/p' | wc -l
iptables -S INPUT | sed 's/^-A/iptables -D/' 
iptables -L INPUT -n -v | tail -n +3 | awk '{printf "%-8s %s\n", $3, $NF}'
iptables -L -n --line-numbers | grep -E '^[0-9]+ +DROP' | cut -d' ' -f1
iptables -S | grep -- '--dport' | tr -s ' ' | cut -d ' ' -f 2,4-
iptables -L INPUT -n | column -t
iptables -nvL INPUT | awk 'NR==1{print $NF} NR>2{s+=$1} END{print s+0}'
iptables -L web -n | sed -e '1,2d' | while read target prot opt src dst rest; do echo "$target/$prot/$src/$dst/$rest"; done
for c in INPUT FORWARD OUTPUT web; do printf '%s=%d\n' "$c" "$(iptables -S $c | grep -c '^-A')"; done
iptables -L INPUT --line-numbers -n | awk '$2=="web"{print $1}' | xargs -r -I{} echo rule {}
iptables -S | grep -n web
iptables -L -n | head -n 5 | nl
iptables -L INPUT -n | awk '{print length($0)}' | sort -n | uniq -c
iptables -S | sort -r | head -3
iptables -L -n -v -x | awk '/Chain/ {print $2, $4, $5}'
