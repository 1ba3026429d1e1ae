# read at the end of input empties its names (no endless `|| [ -n "$line" ]` loop), -n/-N counts, -p shows no prompt without a terminal, bad -t/-n values; $(< FILE); export -n and declare +x; eval syntax errors read "eval: line N"
iptables -N WEB; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -S > /tmp/rules
eval 'echo $((1+'; echo rc=$?
eval 'if true; then'; echo rc=$?
eval 'echo )'; echo rc=$?
f() { eval 'echo )'; }; f; echo rc=$?
x=$(< /nope); echo "rc=$? [$x]"; y=$(<  /etc/hostname ); echo "[$y]"; z="$(< /etc/host.conf)"; echo "$z"; f=/etc/hostname; echo "$(<$f)"
export A=1 B=2; export -n A; env | grep -c '^A='; echo $A; export -p | grep -c ' B='; declare +x B; env | grep -c '^B='
while IFS= read -r line || [ -n "$line" ]; do echo "<$line>"; done < <(printf 'a\nlast-no-newline'); read x < /dev/null; echo "rc=$? [$x]"; x=old; read x < /dev/null; echo "[$x]"
read -n 3 c <<< "abcdef"; echo "$c"; read -n 10 d <<< "ab"; echo "[$d]"; read -N 4 e <<< $'ab\ncd'; echo "[$e]"; read -n 2 -r f g <<< 'a b c'; echo "[$f][$g]"; read -n x h <<< 1; echo rc=$?
read -p "prompt: " v <<< "val"; echo "[$v]"; read -t 0.5 w <<< "timed"; echo "$w"; read -t abc q <<< 1; echo rc=$?
rules=$(</tmp/rules); echo "${#rules}"; echo "$(< /tmp/rules)" | wc -l; while read -r a b rest; do echo "$a|$b"; done < /tmp/rules
iptables -S | while IFS= read -r -n 8 chunk; do echo "[$chunk]"; done | head -4
