# declare -A: keys in bash's hash order, counting iptables rules per chain, declare -p, unset, +=, [[ -v ]] and test -v
iptables -N WEB; iptables -A WEB -p tcp --dport 80 -j ACCEPT; iptables -A INPUT -j WEB; iptables -A INPUT -p udp -j DROP
declare -A a; for k in INPUT FORWARD OUTPUT WEB a b c d e f g h i j k l m n o p q r s t u v w x y z 10 9 100 tcp udp icmp ACCEPT DROP REJECT; do a[$k]=1; done; echo "${!a[@]}"
declare -A b=([x]=1 [y]=2 [z]=3); echo "${!b[@]}" "${b[@]}" ${#b[@]}; b[w]=4; unset 'b[x]'; echo "${!b[@]}"; declare -p b
declare -A c; k="two words"; c[$k]=v; c["q"]=w; c['s']=u; echo "${c[two words]}" "${c[$k]}" "${c[q]}" "${c[s]}" "${#c[@]}"; for key in "${!c[@]}"; do echo "[$key]"; done
declare -A cnt; while read -r x ch _; do cnt[$ch]=$(( ${cnt[$ch]:-0} + 1 )); done < <(iptables -S); for k in "${!cnt[@]}"; do echo "$k ${cnt[$k]}"; done
declare -A d; d[k]=1; d[k]+=2; echo ${d[k]}; [[ -v d[k] ]] && echo set; [[ -v d[zz] ]] || echo unset; echo "${d[@]:-empty}" "${d[nokey]:-none}"
declare -A n; while read -r _ chain rest; do n[$chain]+=x; done < <(iptables -S); for c in $(printf "%s\n" "${!n[@]}" | sort); do echo "$c ${#n[$c]}"; done
x=1; a=(p q); [[ -v x ]] && echo x; [[ -v y ]] || echo no-y; [ -v a[1] ] && echo a1; test -v a[5] || echo no-a5; [[ -v a ]] && echo a
