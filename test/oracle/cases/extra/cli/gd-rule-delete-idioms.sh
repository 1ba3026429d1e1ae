for p in 22 80 443; do iptables -A INPUT -p tcp --dport $p -j ACCEPT; done
iptables -A INPUT -s 10.0.0.5 -m comment --comment "block bad host" -j DROP
iptables -A INPUT -s 10.0.0.6 -j DROP
iptables -nvL
iptables -vnL INPUT --line-number
iptables -nL --line
iptables --list INPUT --numeric --verbose --exact
iptables --list-rules INPUT
iptables -L INPUT --line-numbers | grep DROP | awk '{print $1}'
iptables -L INPUT --line-numbers | grep DROP | awk '{print $1}' | sort -rn | while read n; do iptables -D INPUT $n; done
iptables -S INPUT
iptables -S | grep -- '--dport' | sed 's/^-A/-D/' | while read r; do iptables $r; done
iptables -S
iptables -A INPUT -s 10.0.0.5 -m comment --comment "block bad host" -j DROP
iptables -S | grep comment | sed 's/^-A/-D/' | while read r; do iptables $r; done
iptables -S | grep comment | sed 's/^-A/-D/' | xargs -L1 iptables
iptables -S
iptables-save | grep -v '^#' > /tmp/saved
cat /tmp/saved
iptables -F
iptables-restore < /tmp/saved
iptables-save | sed 's/DROP/REJECT/' | iptables-restore
iptables -S
iptables-save | iptables-restore --noflush
iptables -S | wc -l
iptables -L -n | wc -l
iptables -L INPUT -n | tail -n +3
iptables -L INPUT -n | head -2
iptables -L -n | grep -c Chain
iptables -S INPUT | cut -d' ' -f3-
iptables -L INPUT -n -v | awk 'NR>2 {print $3, $1}'
iptables-save | grep -E '^(\*|:|COMMIT)'
iptables -L -n -t nat | grep -i chain
iptables -nvxL OUTPUT
iptables -Ln
iptables -LnvZ
iptables -L -n --verbose --line-numbers --exact
iptables --line-numbers -L
iptables -L --numeric INPUT
iptables -vL -t raw
iptables -t mangle -nvL PREROUTING
