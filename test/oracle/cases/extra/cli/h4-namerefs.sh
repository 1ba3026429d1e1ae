# Name references (declare -n, local -n) as firewall scripts use them: a function filling the caller's array or map, reading into the caller's variable, counting through a reference; unset and unset -n, declare +n, declare -p, chains of references, arrays and arithmetic through a reference
f() { local -n r=$1; r=hello; }; f x; echo $x
declare -n ref=target; target=5; echo $ref; ref=7; echo $target; declare -p ref
a=(1 2 3); declare -n arr=a; echo ${arr[1]} ${#arr[@]}; arr+=(4); echo ${a[@]}; arr[0]=z; echo ${a[*]}
add_rule() { local -n rules=$1; rules+=("-A INPUT -p tcp --dport $2 -j ACCEPT"); }; R=(); add_rule R 22; add_rule R 443; printf '%s\n' "${R[@]}"
declare -A m; setkv() { local -n map=$1; map[$2]=$3; }; setkv m ssh 22; setkv m https 443; for k in $(printf '%s\n' "${!m[@]}" | sort); do echo "$k=${m[$k]}"; done
readinto() { local -n out=$1; read -r out; }; echo "from stdin" | { readinto v; echo "$v"; }
count() { local -n c=$1; (( c++ )); }; n=5; count n; count n; echo $n
f() { local -n r=$1; echo "${r:-unset}"; r=set; }; f newvar; echo $newvar; declare -p r 2>&1
declare -n ref=x; unset ref; echo "x=${x-unset}"; declare -p ref
x=1; declare -n ref=x; unset -n ref; echo "x=$x"; declare -p ref 2>&1; echo "ref=${ref-unset}"
declare -n ref=x; x=5; declare +n ref; echo "$ref"; declare -p ref
x=10; declare -n r1=x; declare -n r2=r1; echo $r2; r2=20; echo $x
f() { local -n arr=$1; for i in "${!arr[@]}"; do echo "$i: ${arr[$i]}"; done; echo "n=${#arr[@]}"; }; ports=(22 80 443); f ports
x=1; declare -n ref=x; echo "${ref}" "${#ref}" "${ref/1/one}"; ref+=2; echo $x
declare -n r=v; v=3; (( r += 4 )); echo $v; echo $(( r * 2 ))
iptables -N SVC; build() { local -n _rules=$1; shift; for p in "$@"; do _rules+=("-A SVC -p tcp --dport $p -j ACCEPT"); done; }; rules=(); build rules 22 80 443; for r in "${rules[@]}"; do iptables $r; done; iptables -S SVC
chain_count() { local -n _out=$2; _out=$(iptables -S "$1" 2>/dev/null | grep -c -- '^-A'); }; iptables -N C2; iptables -A C2 -j DROP; chain_count C2 n; echo "C2 has $n"; chain_count NOPE n; echo "NOPE has $n"
declare -n ref; declare -p ref; ref=abc; declare -p ref; echo "${!ref}"
x=5; declare -n ref=x; echo "${!ref} ${ref}"; f() { local -n r=$1; echo "${!r}=${r}"; }; f x
