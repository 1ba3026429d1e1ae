# word splitting on $IFS (blank and non-blank delimiters, empty fields), "$*" with IFS, brace expansion in iptables arguments, comments with quotes, getopts, read -a/-d, mapfile -s/-n, printf %q, extglob, heredoc quoting
iptables -A INPUT -p tcp --dport {80,443} -j ACCEPT; echo rc=$?
for p in {8000..8002}; do iptables -A INPUT -p tcp --dport $p -j ACCEPT; done; iptables -S INPUT | grep -c 800
iptables -A INPUT -m comment --comment "web server's port" -p tcp --dport 80 -j ACCEPT; iptables -S INPUT | tail -1
iptables -A INPUT -m comment --comment 'say "hi"' -j ACCEPT; iptables -S INPUT | tail -1; iptables-save | grep -F 'say'
iptables -S INPUT | grep comment | sed -E 's/.*--comment ("[^"]*"|[^ ]*).*/\1/'
iptables -L INPUT -n | grep -o '/\*.*\*/'
c="my rule"; iptables -A INPUT -m comment --comment "$c" -j DROP; iptables -C INPUT -m comment --comment "$c" -j DROP && echo found
iptables -A INPUT -m comment --comment $c -j DROP; echo rc=$?
args=(-p udp --dport 53 -j ACCEPT); iptables -A INPUT "${args[@]}"; iptables -C INPUT "${args[@]}" && echo ok
opts="-p udp --dport 123 -j ACCEPT"; iptables -A INPUT $opts; iptables -S INPUT | tail -1
opts="-p udp --dport 124 -j ACCEPT"; iptables -A INPUT "$opts"; echo rc=$?
while getopts "t:v" o -t nat -v; do echo "opt $o ${OPTARG:-}"; done
set -- -t nat -v extra; while getopts "t:v" o; do case $o in t) T=$OPTARG;; v) V=1;; esac; done; shift $((OPTIND-1)); echo "T=$T V=$V rest=$*"
read -r -a words <<< "$(iptables -S INPUT | head -2 | tail -1)"; echo "${#words[@]} ${words[-1]}"
IFS=$'\n' read -r -d '' -a lines < <(iptables -S INPUT); echo "${#lines[@]}"
mapfile -t -s 1 -n 2 arr < <(iptables -S INPUT); printf '<%s>\n' "${arr[@]}"
printf '%q\n' "$(iptables -S INPUT | tail -1)"
printf '%q %q %q\n' 'a b' "it's" $'tab\there'
shopt -s extglob; x=INPUT; [[ $x == @(INPUT|OUTPUT) ]] && echo builtin-chain; case $x in +([A-Z])) echo upper;; esac
[[ "-A INPUT -j DROP" == *"-j DROP" ]] && echo ends-drop; [[ abc == a?c ]] && echo q; [[ abc == [ab]* ]] && echo br
cat <<-EOF
	indented $((1+1))
		two tabs
	EOF
cat <<'EOF' | wc -l
$(not expanded)
`nor this`
EOF
x=5; cat <<EOF
x=$x \$x $(echo sub) \`echo bt\` ${x}y
EOF
echo "a\\b" 'a\\b' $'a\\b' a\\b "\$HOME" '$HOME' "\"q\"" '\'' 2>&1
echo "$(iptables -S INPUT | wc -l) rules" "$(( $(iptables -S INPUT | wc -l) * 2 ))"
echo $(iptables -S INPUT | head -2)
echo "$(iptables -S INPUT | head -2)"
v=$(printf 'a\n\n\n'); echo "[$v]"; v="$(printf '\n\nb')"; echo "[$v]"
IFS=: ; echo $(echo a:b:c); x="a:b"; echo $x; unset IFS
IFS=,; arr=(x,y z); echo ${#arr[@]}; set -- $(echo 1,2,3); echo $#
IFS=:; v=":a::b:"; set -- $v; echo $#; for x in $v; do echo "[$x]"; done
IFS=": "; v="a : b  c:"; set -- $v; echo $# "$*"; IFS=-; echo "$*"; a=(x y z); echo "${a[*]}" ${a[*]}
IFS=; v="a b"; set -- $v; echo $#; unset IFS; set -- $v; echo $#
old=$IFS; IFS=,; read -r a b <<< "1,2,3"; echo "$a|$b"; IFS=$old; echo "[$IFS]" | od -c | head -1
iptables -S | while IFS=' ' read -r op chain rest; do echo "$chain"; done | sort | uniq -c
