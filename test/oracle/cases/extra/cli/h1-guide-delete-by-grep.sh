# Stack-Overflow style one-liners for removing rules: numbers from --line-numbers reversed with tac/sort -rn into -D, -S piped through sed s/-A/-D/ into a read loop, save|grep -v|restore, and xargs forms
for ip in 1.2.3.4 5.6.7.8 1.2.3.4 9.9.9.9 1.2.3.4; do iptables -A INPUT -s $ip -j DROP; done
iptables -A INPUT -p tcp --dport 22 -m comment --comment "keep me" -j ACCEPT
iptables -L INPUT --line-numbers -n
iptables -L INPUT --line-numbers -n | grep 1.2.3.4 | awk '{print $1}'
for i in $(iptables -L INPUT --line-numbers -n | grep 1.2.3.4 | awk '{print $1}' | tac); do iptables -D INPUT $i; done
iptables -S INPUT
for ip in 1.2.3.4 1.2.3.4; do iptables -I INPUT -s $ip -j DROP; done
for i in $(iptables -L INPUT --line-numbers -n | grep 1.2.3.4 | awk '{print $1}'); do iptables -D INPUT $i; done
iptables -S INPUT
iptables -S INPUT | grep 5.6.7.8 | sed 's/-A/-D/' | while read rule; do iptables $rule; done
iptables -S INPUT
iptables -S INPUT | grep 'keep me' | sed 's/^-A/-D/' | while read -r r; do iptables $r; done; echo rc=$?
iptables -S INPUT | grep 'keep me' | sed 's/^-A/-D/' | while read -r r; do eval iptables $r; done; echo rc=$?
iptables -S INPUT
iptables -A INPUT -s 7.7.7.7 -j DROP
iptables -A INPUT -s 8.8.8.8 -j DROP
iptables-save | grep -v 7.7.7.7 | iptables-restore
iptables -S INPUT
iptables -L INPUT --line-numbers -n | awk '/DROP/{print $1}' | sort -rn | xargs -n1 iptables -D INPUT
iptables -S INPUT
iptables -L INPUT --line-numbers -n | awk '/DROP/{print $1}' | sort -rn | xargs -r -n1 iptables -D INPUT; echo rc=$?
iptables -L INPUT --line-numbers -n | awk '/DROP/{print $1}' | xargs -n1 iptables -D INPUT; echo rc=$?
iptables -A INPUT -s 6.6.6.6 -j DROP
iptables -L INPUT --line-numbers | tail -n +3 | awk '{print $1}' | sort -rn | xargs -I{} iptables -D INPUT {}
iptables -S INPUT
iptables -S | grep -c ^-A
