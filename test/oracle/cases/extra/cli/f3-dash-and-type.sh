# sh -c runs dash: echo reads escapes and only -n, no [[ or source, no brace expansion or bash variables; type/command -v see bash, sh and which as files and echo as a builtin; $RANDOM
sh -c 'echo $((1+2)); [ a == a ] && echo eq; echo "${x:-d}"; echo -e "a\tb"; echo -n n; echo'
sh -c 'f() { echo "f $1"; }; f x; local y=1' ; echo rc=$?
sh -c '[[ a == a ]]'; echo rc=$?
sh -c 'echo ${#HOME} ${HOME%/*}x; printf "%s\n" $0'
sh -c 'nosuch'; echo rc=$?
sh -c 'iptables -L NOPE'; echo rc=$?
sh -c 'set -e; false; echo no'; echo rc=$?
sh -c 'echo $BASH_VERSION; echo ${RANDOM:-unset}' | wc -w
sh -c 'read a <<EOF
hello
EOF
echo "$a"'
sh -c 'for i in 1 2; do echo $i; done | tr "\n" " "; echo'
sh -c 'echo {a,b}'
sh -c 'x=5; echo $(( x * 2 )); echo ${x#5}y'
sh -c 'source /dev/null'; echo rc=$?
sh -c 'type iptables; command -v sh; echo $0' 
sh -c 'exit 3'; echo rc=$?
bash -c 'echo $0 $1' a b; sh -c 'echo $0 $1' a b
type bash sh which echo iptables; type -t sh; command -v bash which; echo $RANDOM | grep -cE "^[0-9]+$"
sh -c "echo \$RANDOM" | wc -w; sh -c "echo -n a; echo -e b\\\\tc; echo x\\\\cy; echo done"
