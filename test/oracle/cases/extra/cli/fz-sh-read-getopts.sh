# bash input and script builtins: heredocs into iptables-restore, [[ =~ ]] with groups and BASH_REMATCH, read with IFS prefixes/-a/-r, mapfile/readarray, getopts (bundles, silent mode, missing arguments), declare -p, declare -a/local -a arrays, printf -v
iptables-restore <<EOF
*filter
:INPUT DROP [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -p tcp --dport $((20+2)) -j ACCEPT
COMMIT
EOF
iptables -S INPUT
cat <<'EOF' | iptables-restore -n
*filter
-A INPUT -p udp --dport 53 -j ACCEPT
COMMIT
EOF
iptables -S INPUT | wc -l
iptables-restore --test <<< $'*filter\n-A INPUT -j BOGUS\nCOMMIT'; echo rc=$?
[[ "dport 22" =~ dport\ ([0-9]+) ]] && echo "port ${BASH_REMATCH[1]}"
[[ abc =~ ^a(.)c$ ]]; echo $? ${BASH_REMATCH[0]} ${BASH_REMATCH[1]}
printf -v out '%s-%s' a b; echo $out
f() { local v=inner; echo $v; }; v=outer; f; echo $v
declare -p v; declare -a arr=(1 2); declare -p arr
while getopts "ab:" opt -a -b val; do echo "opt=$opt arg=$OPTARG"; done
set -- x y z; while [ $# -gt 0 ]; do echo $1; shift; done
for i in $(seq 1 3); do printf '%d ' $i; done; echo
case "-A" in -A|--append) echo append;; -D) echo delete;; esac
case foo.rules in *.rules) echo rules;; *) echo other;; esac
echo $(( 5 > 3 )) $(( 5 == 3 )) $(( 10 / 3 )) $(( 2 ** 8 )) $(( 7 & 3 ))
echo $((x + 1)) $((undefined * 2))
echo $(( 1 + )); echo rc=$?
x=$(exit 3); echo $?
type -t cd iptables ls foo; echo rc=$?
command -v cd; command -v nope; echo rc=$?
alias ll='ls -l'; ll /tmp 2>&1 | head -1
shopt -s expand_aliases
echo "${#BASH_VERSION}" | grep -c .; echo $BASH
IFS=: read -r a b c <<< "1:2:3"; echo "$b"
while IFS= read -r line; do echo "[$line]"; done <<< $'  lead\ttab  '
mapfile -t lines < <(iptables -S INPUT); echo ${#lines[@]}
readarray -t arr2 <<< $'a\nb'; echo ${arr2[1]}
while getopts ":ab:" o -a -x -b; do echo "o=$o arg=$OPTARG"; done
while getopts "ab:" o -ab1 -c -b; do echo "o=$o arg=$OPTARG ind=$OPTIND"; done
f() { local OPTIND; while getopts "p:" o; do echo "p=$OPTARG"; done; shift $((OPTIND-1)); echo "rest=$*"; }; f -p 22 INPUT
IFS=, read -r x y z <<< "a, b ,c,d"; echo "[$x][$y][$z]"
read -r one two <<< "  spaced   words  here  "; echo "[$one][$two]"
read -a parts <<< "x y  z"; echo ${#parts[@]} ${parts[2]}
read line <<< 'back\slash'; echo "$line"; read -r line <<< 'back\slash'; echo "$line"
echo "a:b" | { IFS=: read p q; echo $q; }
mapfile -t -s 1 -n 2 rules < <(iptables -S); printf '%s|' "${rules[@]}"; echo
[[ "-A INPUT -p tcp" =~ -p\ (tcp|udp) ]] && echo ${BASH_REMATCH[1]}; [[ x =~ y ]]; echo ${#BASH_REMATCH[@]}
x='a "q" $b'; declare -p x; export E=1; declare -p E; declare -p nope; echo rc=$?
g() { local -a ports=(22 80); echo ${#ports[@]} ${ports[1]}; }; g; echo "[${ports[@]}]"
