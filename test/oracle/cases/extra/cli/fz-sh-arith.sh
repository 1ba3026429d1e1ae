echo $((1/0)); echo after
for i in 1 2; do echo $((1/0)); echo in; done; echo after2
echo ${1x}; echo after
for i in 1; do echo ${1x}; echo in; done; echo after
echo $(echo $((1/0)); echo in) out; echo after
(echo $((1/0)); echo a); echo b
echo $((1/0)) | cat; echo z
x=$((1/0)); echo $x after
((1/0)); echo after $?
let 1/0; echo after $?
[[ 1 -eq 1/0 ]]; echo after $?
i=0; ((i++)); echo $i; ((i--)); echo $? $i
let i=5 j=i*2; echo $i $j; let; echo $?
(( 3 > 2 )) && echo yes
echo $(( 2 ** 10 )) $(( 5 > 3 ? 1 : 0 ))
x=1; echo $(( x += 4 )) $x
[ 1 -lt ]; echo $?
[ -f ]; echo $?
[ a b ]; echo $?
[ 1 -eq a ]; echo $?
[ 1 -gt 0 -a 2 -gt 1 ]; echo $?
test; echo $?
[ ! -d /tmp ]; echo $?
[ "$x" ]; echo $?
[ 5 -eq 5; echo $?
i=0; ((i++)); echo $i
i=5; let i=i+2; echo $i
echo $(( 3 > 2 ? 10 : 20 ))
x=1; echo $(( x += 4 )); echo $x
echo $(( -2 ** 2 ))
echo $(( 2 ** -1 ))
(( 0 )); echo $?
echo $((1,2))
echo $(( -2**2 )) $(( 2**3**2 )) $(( 16#ff )) $(( 0x1F )) $(( 010 )) $(( ~5 )) $(( -7/2 )) $(( -7%3 ))
echo $(( 9223372036854775807 + 1 ))
echo $(( 08 ))
echo $(( 5 +* 3 ))
echo $(( 1 ? 2 ))
x="1+2"; echo $((x*3)); y=abc; echo $((y))
i=0; echo $((i++)) $((i++)) $((++i)) $i; echo $((i+=10)) $i; echo $((i--)) $i
n=0; echo $(( n || (n=9) )) $n $(( 0 && (n=5) )) $n
for ((k=0; k<3; k++)); do echo k=$k; done
for ((i=3;i>0;i--)) { echo $i; }
for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done
for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done
break; echo $?
for i in 1 2; do for j in a b; do continue 2; echo in; done; echo out; done; echo after $?
for i in 1 2; do for j in a b; do echo $i$j; break 2; done; echo out; done
i=0; while true; do i=$((i+1)); [ $i -ge 3 ] && break; done; echo $i
printf '1\n2\n3\n' | while read n; do [ $n = 2 ] && continue; echo got $n; done
for p in 22 80; do iptables -A INPUT -p tcp --dport $p -j ACCEPT || break; done; iptables -S INPUT
