# more bash builtins: cd errors and ~user, pushd/popd/dirs, set -o/+o listings, set -u, eval, wait/jobs, umask, "${a[@]/x/y}" per element, ${!a[@]}, . without a file
cd /etc/services; echo rc=$?
cd /tmp /etc; echo rc=$?
cd -; echo rc=$?
cd ~root; pwd; cd ~nobody; echo rc=$?
pushd /etc; pushd /tmp; dirs; popd; popd; popd; echo rc=$?
echo ~nobody ~nosuchuser
shift 5; echo rc=$?
exit abc; echo after
return 1; echo rc=$?
break; echo rc=$?
local x=1; echo rc=$?
unalias -a; alias foo; echo rc=$?
set -o | grep -E '^(errexit|pipefail|nounset)'
set -u; echo $UNDEF_VAR; echo after
set -o nosuch; echo rc=$?
set -e; false || true; echo survived
source /nonexist; echo rc=$?
. ; echo rc=$?
type foo; echo rc=$?
which foo; echo rc=$?
which ls cat; command -v ls
hash -r; echo rc=$?
let 'x=1/0'; echo rc=$?
test -z; echo rc=$?; test 1 -eq a; echo rc=$?; [ 1 -lt ]; echo rc=$?; [ a = a ] && echo eq
[ -f /etc/services -a -d /tmp ] && echo both; [ ! -e /nope ] && echo not
echo $(( 08 )); echo rc=$?
x=(a b); echo ${x[5]:-unset} ${#x[@]}
eval 'echo evaluated $((1+1))'; eval "iptables -S INPUT | wc -l"
echo "${x[@]/a/A}" "${x[*]}"
printf '%s\n' "${!x[@]}"
wait; jobs; echo rc=$?
sleep 0.1 & wait; echo bg-done
true & echo "started"; wait
umask; umask 077; umask
a=(-A -D x); echo "${a[@]/-/+}" | cat; printf '[%s]' "${a[@]#-}"; echo; set -- one two; printf '<%s>' "${@^}"; echo
b=(x y z); unset "b[1]"; echo ${!b[@]}; printf "<%s>" "${!b[@]}"; echo; for i in "${!b[@]}"; do echo "$i=${b[$i]}"; done
