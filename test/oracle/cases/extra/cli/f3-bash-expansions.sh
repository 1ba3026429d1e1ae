# bash expansions around iptables output: ${x%%$'\n'*}, case toggles, array and $@ slices, a[$k]=v, $(( ${x:-0} + $(cmd) )), quotes inside $(( )), bash's own variables
iptables -N WEB; iptables -A WEB -p tcp --dport 80 -j ACCEPT; iptables -A INPUT -j WEB; echo ok
rules=$(iptables -S); echo "${#rules}"; echo "${rules%%$'\n'*}"; echo "${rules##*$'\n'}"
v="-A INPUT -p tcp"; echo "${v/INPUT/OUTPUT}" "${v//-/+}" "${v#-A }" "${v%% *}" "${v:3:5}" "${v: -3}" "${#v}"
echo "${v^^}" "${v,,}" "${v~~}"
arr=($(iptables -S WEB)); echo "${#arr[@]} ${arr[1]} ${arr[-1]} ${arr[@]:2:2}"
mapfile -t lines < <(iptables -S); echo "${#lines[@]}: ${lines[3]}"
readarray -t L <<< "$(iptables -S WEB)"; printf '[%s]\n' "${L[@]}"
unset x; echo "${x:-default} ${x:=set} $x ${x:+alt} ${y-unset}"
echo "${z:?z is required}"; echo after
n=5; (( n++ )); (( n += 10 )); echo $n $(( n / 3 )) $(( n % 3 )) $(( 2 ** 8 )) $(( n > 10 ? 1 : 0 )) $(( 0x1f )) $(( 8#17 ))
let "a = 3 * 4" "b = a * 2"; echo $a $b
echo $(( 1 / 0 )); echo rc=$?
i=0; until [ $i -ge 3 ]; do i=$((i+1)); done; echo $i
for ((i=0; i<3; i++)); do printf '%d,' $i; done; echo
for f in /tmp/nomatch*; do echo "f=$f"; done
shopt -s nullglob; for f in /tmp/nomatch*; do echo "f=$f"; done; echo done
touch /tmp/a.rules /tmp/b.rules; ls /tmp/*.rules; echo /tmp/{a,b}.rules /tmp/[ab].rules
echo {1..5} {a..e} {01..03} {5..1..2}
printf '%s\n' "$(iptables -S WEB | wc -l)" "$(( $(iptables -S | wc -l) - 3 ))"
test -f /tmp/a.rules && echo file; [ -d /tmp ] && echo dir; [[ -z "" && -n x ]] && echo zn; [ 3 -lt 10 ] && echo lt; [[ 3 < 10 ]] || echo strlt
[ "$(iptables -S WEB | wc -l)" -eq 2 ] && echo two
[[ "abc" == a* ]] && echo glob; [[ "abc" =~ ^a(b)c$ ]] && echo "re ${BASH_REMATCH[1]}"
case "-A INPUT" in -A*) echo append;; -D*) echo delete;; *) echo other;; esac
f() { local x=inner; echo "$x $1 $# $*"; return 2; }; x=outer; f a b; echo "$? $x"
g() { echo "args: $@"; shift; echo "after shift: $1"; }; g one two three
h() { iptables -S "$1" >/dev/null 2>&1 || { echo "no chain $1"; return 1; }; echo "chain $1 ok"; }; h WEB; h NOPE; echo $?
trap 'echo bye' EXIT; echo working
set -u; echo "${undefined_var}"; echo notreached
set -x; iptables -S WEB >/dev/null; set +x
echo $'tab\there' "quote\"d" 'single $x' "dollar \$x" `echo backtick`
printf '%-10s|%10s|\n' left right; printf '%05.2f %x %o %e %c\n' 3.14159 255 8 12345.678 hello; printf '%q\n' "a b'c"
printf '%b\n' 'a\tb\nc'; printf '%s %s\n' a b c; printf '%d\n' 12abc; echo rc=$?
echo -e 'a\nb' | while read l; do echo "<$l>"; done
IFS=: read -r u p rest <<< "root:x:0:0"; echo "$u|$p|$rest"
IFS=, ; set -- a,b,c; echo "$#" "$1"; unset IFS
echo "$(echo "nested $(echo deep)")"
x=1; { x=2; }; ( x=3 ); echo $x
echo $((RANDOM >= 0))
type iptables; type cd; type f 2>&1 | head -1; command -v iptables; which iptables
echo $0 $$ | wc -w; echo $BASH_VERSION | cut -d. -f1
n=3; (( "$n" > 2 )) && echo y; echo $(( "$n" + 1 ))
echo $(( '1' + 1 ))
v=abC; echo "${v~~}" "${v~}"; a=(a b c d e); echo "${a[@]:1:2}" "${a[*]:3}" "${a[@]: -2}"; set -- x y z; echo "${@:2}" "${*:1:2}" "${@:0:1}"
echo "$BASH_VERSION ${BASH_VERSINFO[0]} $HOSTNAME $OSTYPE $HOSTTYPE $SHLVL $UID"; echo "$IFS" | od -c | head -1
a=(); k=2; a[$k]=x; a[$((k+1))]="y z"; echo "${a[@]}" ${#a[@]}; a[${#a[@]}]=w; echo "${a[*]}"; a[$k]+=Q; echo ${a[2]}
n=3; echo $(( "$n" + 1 )) $(( ${m:-4} * 2 )) $(( $(echo 5) - 3 ))
k=2; a[$k]=x; a[$k]+=y; a[${#a[@]}]=z; echo ${a[@]}
echo ${m:-4} ${m:-0} "${1:-7}" ${x: -2}
x=abcdef; n=2; echo ${x: -2} ${x:1:2} ${x:(-3)} ${x:n} ${x:$n:n+1} ${x:1:-1} "${x::2}"
