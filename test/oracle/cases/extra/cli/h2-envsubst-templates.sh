# envsubst fills rule templates from the environment ($VAR, ${VAR}; a SHELL-FORMAT limits which), -v lists names
export IP=10.1.1.1 PORT=22; printf '*filter\n-A INPUT -s $IP -p tcp --dport ${PORT} -j ACCEPT\n-A INPUT -s ${NOPE} -m comment --comment "$ x ${IP:-d} $$ ${} $1 \\$IP"\nCOMMIT\n' > /tmp/tmpl; cat /tmp/tmpl
envsubst < /tmp/tmpl
envsubst '$IP' < /tmp/tmpl
envsubst '${PORT} and $NOPE' < /tmp/tmpl
envsubst -v '$IP ${PORT} $x_1 ${bad $'
envsubst -v; echo rc=$?
envsubst a b; echo rc=$?
envsubst --variables 'x $A'
envsubst --version
envsubst -h | head -3
envsubst -x; echo rc=$?
IP=9.9.9.9 envsubst < /tmp/tmpl | iptables-restore; iptables -S INPUT
echo 'a $HOME b' | envsubst
printf 'no newline $PORT' | envsubst | od -c | tail -2
echo '$IP$PORT${IP}x$' | envsubst
export IP=10.1.1.1 PORT=22; envsubst < /tmp/tmpl | head -2
IP=10.3.3.3 PORT=443 NOPE=10.4.4.4 envsubst < /tmp/tmpl | sed '/comment/d' | iptables-restore; iptables -S INPUT
envsubst --help
command -v envsubst
