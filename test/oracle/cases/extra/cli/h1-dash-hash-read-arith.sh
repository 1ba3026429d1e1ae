# dash's program table, read options, getopts and arithmetic in #!/bin/sh firewall helpers
bash -c 'hash'
iptables -L >/dev/null; bash -c 'hash; type iptables'
sh -c 'hash'; echo rc=$?
sh -c 'hash nosuch'; echo rc=$?
sh -c 'iptables -S >/dev/null; iptables-save >/dev/null; grep -q x /dev/null; hash; hash -r; hash; echo rc=$?'
sh -c 'hash iptables ip; type ip; command -V iptables'
sh -c 'iptables -L >/dev/null; type iptables sysctl'
sh -c 'read -a PORTS < /dev/null'; echo rc=$?
sh -c 'read -t 1 x < /dev/null'; echo rc=$?
sh -c 'printf "22 80\n" | { read -r a b; echo "$a|$b"; }'
sh -c 'getopts "i:v" opt -x; echo "$opt $OPTIND"' 2>&1
sh -c 'getopts "i:v" opt -i; echo "$opt $OPTIND"' 2>&1
bash -c 'getopts "i:v" opt -x; echo "$opt $OPTIND"' 2>&1
sh -c 'n=abc; echo $((n + 1)); echo after'; echo rc=$?
sh -c 'n=010; m=0x1f; echo $((n + m))'
sh -c 'n=; echo $((n + 1))'
sh -c 'echo $((10 / 0)); echo after'; echo rc=$?
sh -c 'set -u; echo $((COUNT + 1))'; echo rc=$?
bash -c 'n=abc; abc=7; echo $((n + 1))'
