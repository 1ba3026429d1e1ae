# A learner's chain-report script: getopts with silent errors, shift, set --, printf %q, declare -p, source with arguments, a subshell, fd 3, parameter expansions
cat > /tmp/s.sh <<'EOS'
#!/bin/bash
usage() { echo "usage: $0 [-t table] [-v] chain..." >&2; exit 2; }
table=filter; verbose=0
while getopts ":t:vh" opt; do
  case $opt in
    t) table=$OPTARG ;;
    v) verbose=$((verbose+1)) ;;
    h) usage ;;
    :) echo "option -$OPTARG needs a value" >&2; exit 2 ;;
    \?) echo "bad option -$OPTARG" >&2; exit 2 ;;
  esac
done
shift $((OPTIND-1))
[ $# -eq 0 ] && set -- INPUT
for chain in "$@"; do
  n=$(iptables -t "$table" -S "$chain" 2>/dev/null | grep -c '^-A') || { echo "no chain $chain in $table" >&2; continue; }
  printf '%-12s %3d rules\n' "$chain" "$n"
  (( verbose )) && iptables -t "$table" -S "$chain" | sed 's/^/    /'
done
declare -p table verbose
printf '%q\n' "a b" 'c$d' "tab	x"
echo "${BASH_SOURCE[0]} $0 $#"
EOS
chmod +x /tmp/s.sh
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
/tmp/s.sh; echo rc=$?
/tmp/s.sh -v INPUT OUTPUT NOPE; echo rc=$?
/tmp/s.sh -t nat -v PREROUTING; echo rc=$?
/tmp/s.sh -t; echo rc=$?
/tmp/s.sh -x; echo rc=$?
/tmp/s.sh -h; echo rc=$?
bash /tmp/s.sh -vv -- INPUT; echo rc=$?
source /tmp/s.sh -t raw; echo rc=$?
( exit 7 ) & wait $!; echo waited=$?
x=1; ( x=2; echo in=$x ); echo out=$x
exec 3>/tmp/out3; echo to3 >&3; exec 3>&-; cat /tmp/out3
arr=(one "two words" three); for a in "${arr[@]:1}"; do echo "[$a]"; done
s="iptables -A INPUT -j DROP"; echo ${s// /_} ${s#* } ${s%% *} ${#s} ${s:9:2} ${s^^}
IFS=: read -r user _ uid _ <<< "root:x:0:0:root:/root:/bin/bash"; echo "$user $uid"
read -ra parts <<< "a b  c"; echo ${#parts[@]} ${parts[2]}
