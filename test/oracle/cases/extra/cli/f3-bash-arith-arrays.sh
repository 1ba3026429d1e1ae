# bash: (( )) statuses, declare -i/-r, local arrays, printf -v a[i], read -ra with IFS, ${#@}, per-element ${a[@]/#/-}, offsets past the end, "${a[@]:-x}", $[ ], test -nt/-ef, sequential IFS=… a=($(…))
(( 0 )); echo $?; (( 5 > 3 )) && echo gt; x=0; (( x++ )); echo "$? $x"; (( x-- )); echo "$? $x"
declare -i n=5; n+=3; n="n*2"; echo $n; declare -i m; m=abc; echo "[$m]"
f() { local -a arr=(a b c); local i; for i in "${arr[@]}"; do echo -n "$i"; done; echo; }; f; echo "[${arr[*]}]"
printf -v 'res[2]' '%s' val; echo "${res[2]}"
declare -r RO=1; RO=2; echo "rc=$? RO=$RO"
unset -f f; f 2>&1 | head -1; type -t f; echo rc=$?
cnt=0; while read -r line; do ((cnt++)); done <<EOF
a
b
c
EOF
echo $cnt
for ((i=0, j=10; i<3; i++, j--)); do echo -n "$i:$j "; done; echo
a=(3 1 2); IFS=$'\n' sorted=($(sort -n <<<"${a[*]}")); unset IFS; echo "${sorted[*]}"
s="a,b,,c"; IFS=, read -ra parts <<< "$s"; echo "${#parts[@]} [${parts[2]}]"
echo ${#@} $# ${#*}; set -- x y; echo ${#@}
str="hello world"; echo ${str^} ${str^^o} ${str//o/0} ${str/#h/H} ${str/%d/D} ${str:+set} ${#str}
arr=(one two three); echo ${arr[@]/#/-} ${arr[@]%e} ${!arr[@]} ${#arr[1]}
unset 'arr[1]'; echo ${#arr[@]} ${!arr[@]} "${arr[@]}"
arr+=(four); echo ${!arr[@]}; arr[10]=ten; echo ${#arr[@]} ${arr[-1]}
x=10; y=x; echo $((y + 1)) $((x ? 1 : 0)) $(( (x & 6) | 1 )) $(( x * 4 )) $(( -x % 3 )) $(( 7 / -2 ))
echo $(( 2**63 )) $(( 9223372036854775807 + 1 )) $(( 1 / 3 * 3 ))
echo $((10#08)) $((16#ff)) $((2#101)) $((0x10 + 010))
echo $((08)); echo rc=$?
v=abc; echo "${v:10}" "${v: -10}" "[${v:1:0}]"
echo "${undefined[@]:-none}" "${undefined:-}" 
i=5; echo $(( i += 2, i * 2 )) $i
echo $[1+2]
n=$(iptables -S | wc -l); if (( n > 2 )); then echo "many $n"; fi
[ -n "$(iptables -S | grep DROP)" ] || echo "no DROP rules"
test "$(iptables -S | head -1)" = "-P INPUT ACCEPT" && echo match
[ "$(iptables -S | wc -l)" -gt 1 -a -f /etc/hostname ] && echo both
[ ! -e /tmp/x ] && echo noexist; [ -s /etc/hostname ] && echo nonempty; [ /etc/hostname -nt /tmp ] ; echo rc=$?
