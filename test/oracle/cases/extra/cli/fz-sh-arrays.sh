arr=(a b c); echo ${arr[1]} ${#arr[@]} "${arr[@]}"
PORTS=(22 80 443); for p in "${PORTS[@]}"; do iptables -A INPUT -p tcp --dport $p -j ACCEPT; done; iptables -S INPUT
a=(x "y z" w); for i in "${a[@]}"; do echo "[$i]"; done; for i in ${a[@]}; do echo "<$i>"; done
a=(x "y z"); echo "${a[*]}" $a ${a[-1]} ${#a[1]}
a=(); echo "n=${#a[@]}"; for i in "${a[@]}"; do echo never; done; echo end
a=(1 2); a+=(3 4); echo ${a[@]}; a[6]=7; echo ${a[@]} ${#a[@]}; echo "${a[5]}|"
a=(one two three); unset a[1]; echo ${a[@]} ${#a[@]}; unset a; echo "[${a[@]}]"
b=hello; echo ${b[0]} ${#b[@]}; b+=(world); echo ${b[@]}
i=1; c=(p q r); echo ${c[$i]} ${c[i+1]} ${c[@]:1}
set -- "x y" z; for v in "$@"; do echo "($v)"; done; echo "$#"
f() { echo $#; for v in "$@"; do echo "{$v}"; done; }; f "1 2" 3
n=(10.0.0.1 10.0.0.2); for ip in ${n[@]}; do iptables -A INPUT -s $ip -j DROP; done; iptables -S INPUT | grep -c DROP
