# set's other options: -f/noglob, -C/noclobber (>| overrides), -a, +B, -n, -m, -o names, $- letters in bash's order, invalid names
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables-save > /tmp/rules.v4
set -f; echo /tmp/rules*; set +f; echo /tmp/rules*
set -o noglob; echo /etc/pass*; set -o | grep -E 'noglob|noclobber'
echo x > /tmp/nc; set -C; echo y > /tmp/nc; echo rc=$?; echo z >| /tmp/nc; cat /tmp/nc; echo w >> /tmp/nc; cat /tmp/nc
set -o noclobber; iptables-save > /tmp/rules.v4; echo rc=$?; iptables-save >| /tmp/rules.v4; echo rc=$?; iptables -S > /dev/null; echo rc=$?
set -a; FOO=bar; env | grep ^FOO; set +a; BAZ=1; env | grep -c ^BAZ
set -v; echo verbose; set +v
set -n; echo not-run; iptables -F
iptables -S INPUT | tail -1
set +B; echo {a,b}; set -B; echo {a,b}
set -m; echo m; set +m; echo rc=$?
set +o history; set -o emacs; echo rc=$?; set -o posix; echo rc=$?
set -h; set -k; set -b; set -P; set -T; set -H; echo $-
echo $-; set -e; echo $-; set -f; echo $-; set -u -x; echo $- 2>/dev/null
set -o nope; echo rc=$?; set -Z; echo rc=$?
set -o | head -3; set +o | grep -E 'errexit|noglob|braceexpand'; set +B; set +o | grep brace
set -- x y z; echo $# $2; set -- ; echo $#; set -e -- a b; echo "$@"
