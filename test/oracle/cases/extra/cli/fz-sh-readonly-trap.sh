# readonly constants (assignment ends a bash -c script, unset/export refuse) and trap: EXIT actions with $? and exit N, listing, reset, bad signals, in bash -c and ( ) subshells
readonly R=1; R=2; echo $?
readonly IPT=iptables; $IPT -S INPUT | head -1; echo $IPT
readonly X=1; readonly X=2; echo rc=$?; unset X; echo rc=$?; export X=3; echo rc=$?; echo $X
f() { readonly Z=1; }; f; Z=2; echo not-reached
readonly 1bad; echo rc=$?
trap 'echo trapped' EXIT; echo body
trap 'echo "exit with $?"' EXIT; false
trap 'echo bye; exit 5' EXIT; echo x; echo rc-before
trap 'iptables -F INPUT; echo cleaned' EXIT; iptables -A INPUT -j DROP; iptables -S INPUT | wc -l
iptables -S INPUT | wc -l
trap 'echo one' INT TERM; trap; trap -p INT
trap - EXIT; trap 'echo never' EXIT; trap - EXIT; echo cleared
trap 'echo x' FOO; echo rc=$?
bash -c 'trap "echo inner" EXIT; echo sub'; echo after
(trap 'echo in-subshell' EXIT; echo sub2); echo after2
trap 'echo from-exit' EXIT; exit 3
