# text tools over iptables listings: grep -A/-B/-C/-m, awk by chain, column -t -s, nl -w/-s, paste - -, sort -V/-h/-f/-b, uniq -f/-s, expand, comm, grep -P lookbehind
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -j DROP
iptables -N LOGDROP; iptables -A LOGDROP -j LOG --log-prefix "drop: "; iptables -A LOGDROP -j DROP
iptables -L -n | grep -A2 '^Chain INPUT'
iptables -L -n | grep -B1 -A1 DROP
iptables -L -n | grep -C1 LOG
iptables -L -n --line-numbers | grep -m2 -n ACCEPT
iptables -nvL | awk '/^Chain/ {c=$2} /ACCEPT|DROP/ {n[c]++} END {for (k in n) print k, n[k]}' | sort
iptables -L INPUT -n | awk 'NR>2 && $1=="ACCEPT" {print $4, $5}'
iptables -L INPUT -n | tail -n +3 | awk '{print $1}' | sort | uniq -c | sort -k1,1nr -k2
iptables -S | awk -F'-j ' '{print $2}' | sort -u
iptables -S | tr -s ' ' '\n' | grep -c '^-'
iptables -S | tr '[:lower:]' '[:upper:]' | head -3
iptables -S | paste -d'|' - - | head -3
iptables -L -n | column -t -s' ' | head -3
iptables -S | nl -ba | tail -2; iptables -S | nl -w3 -s': ' | head -2
iptables -S | sort -t' ' -k4 | head -3
printf '10\n9\n1.10\n1.9\n1.2k\n3M\n' | sort -V; printf '10K\n9M\n1G\n500\n' | sort -h
printf 'b\nB\na\nA\n' | sort; printf 'b\nB\na\nA\n' | sort -f; printf ' b\na\n' | sort -b
printf 'x 1\ny 1\nz 2\n' | uniq -f1; printf 'ax\nbx\ncy\n' | uniq -s1 -c
printf 'a\tb\n' | expand | cat -A; printf 'a,b;c\n' | tr ',;' '\n\n'
iptables -S | head -c 20; echo; iptables -S | tail -c 15
iptables -S | grep -n '' | grep -E '^[0-9]+:-A' | cut -d: -f1 | xargs
iptables -S | awk '{ $1=""; print substr($0, 2) }' | head -3
iptables -S | awk 'BEGIN{FS=" "; OFS=","} {$1=$1; print}' | head -2
iptables -S | sed -n '/LOGDROP/{=;p}'
iptables -S | grep -oP '(?<=--dport )\d+'
iptables -S | rev | cut -d' ' -f1 | rev | sort | uniq -c
iptables -S | sort | comm -12 - <(iptables -S | sort) | wc -l
