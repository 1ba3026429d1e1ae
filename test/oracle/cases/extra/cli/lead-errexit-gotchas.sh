# Script gotchas under set -e: ((c++)) from 0, functions in if/&&/||, return codes, PIPESTATUS, let, declare -i, arithmetic forms, traps
set -e; c=0; ((c++)); echo never
set -e; c=0; ((c++)) || true; echo "c=$c"
set -e; f() { false; echo in-f; }; if f; then echo yes; fi; echo after
set -e; f() { false; echo in-f; }; f && echo yes; echo after2
set -e; f() { false; echo in-f; }; f || echo handled; echo after3
set -e; f() { return 3; }; f; echo never
set -eo pipefail; yes | head -1; echo after-sigpipe
set -o pipefail; iptables -S | grep -q INPUT; echo "rc=$? ${PIPESTATUS[*]}"
return 2; echo $?
break; echo after-break
local x=1; echo $?
shift 5; echo rc=$?
cd /nonexistent; echo rc=$?
declare -i n=5; n+=3; n="2*4"; echo $n
let "a = 5 * 2" "b = a + 1"; echo $a $b; let 0; echo rc=$?
echo $(( 08 ))
echo $(( 1 +* 2 ))
x=5; echo $(( x > 3 ? x : 0 )) $(( ~x )) $(( x ** 2 )) $(( -7 / 2 )) $(( -7 % 3 ))
unset -f nofunc; unset nothing; echo ok
true | (exit 3) | false; echo "${PIPESTATUS[@]}"
{ echo a; exit 4; } | cat; echo "after-exit-pipe ${PIPESTATUS[0]}"
trap 'echo trapped $?' EXIT; exit 6
(trap 'echo sub-exit' EXIT; echo in-sub); echo out
f() { trap 'echo ret' RETURN; echo body; }; f
set -u; echo "${arr[0]:-empty}" "${#undefinedvar}"
