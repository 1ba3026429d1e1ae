# set -u: $1, a[5], m[k] and names inside (( )), $(( )), let, [[ -eq ]] and declare -i end the line with 127; local v starts unset; array subscripts in arithmetic
iptables -A INPUT -p tcp -j ACCEPT; iptables -A INPUT -p udp -j DROP; iptables -A OUTPUT -j ACCEPT
set -u; echo $1; echo after
set -u; f() { echo "$2"; }; f a; echo after
set -u; f() { echo "${arr[1]}"; }; arr=(a); f; echo after
set -u; declare -A m; echo ${m[k]}; echo after
set -u; a=(1 2); echo ${a[5]}; echo after
set -u; (( nope + 1 )); echo rc=$?
set -u; echo $(( nope + 1 )); echo after
set -u; declare -i z; z=nope+1; echo $z
set -u; [[ nope -eq 1 ]]; echo rc=$?
set -u; a=(1); echo $((a[3] + 1)); echo rc=$?
set -u; let q=nope+1; echo rc=$?
set -u; f() { local v; echo "$v"; }; f; echo after
f() { local v; echo "${v-unset}"; declare w; echo "${w-unset}"; }; v=global; f; echo "$v"
declare -A count; while read -r _ chain _; do ((count[$chain]++)); done < <(iptables -S | grep '^-A'); for c in "${!count[@]}"; do echo "$c ${count[$c]}"; done | sort
a=(5 10 15); echo $(( a[1] + a[2] )); (( a[0] += 1 )); echo ${a[0]}; i=2; echo $(( a[i] * 2 )); echo $(( a[i-1] ))
declare -A m=([x]=3); echo $(( m[x] * 2 )); (( m[y] = 7 )); echo ${m[y]}; (( m[y]++ )); echo ${m[y]}
x=010; echo $(( x + 1 )); y=0x10; echo $(( y )); z=1e3; echo $(( z )); echo next
echo $(( 2**63 )) $(( 2**64 )) $(( -2**63 / -1 )) $(( 3**40 )); echo $(( 2 ** -1 ))
echo $(( 3x + 1 )); echo next
