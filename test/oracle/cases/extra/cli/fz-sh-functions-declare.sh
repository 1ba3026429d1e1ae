declare x=5; echo $x
declare -i n=3+4; echo $n
local v=1
f() { local v=2; echo $v; }; v=1; f; echo $v
printf -v out '%03d' 7; echo $out
read -r a b <<< "1 2 3"; echo "$a|$b"
echo "x" | { read line; echo "got $line"; }
export -n FOO 2>/dev/null; echo ok
type -t iptables; type -t cd; type -t nosuch; echo $?
command -v nosuch; echo $?
hash -r; echo ok
g() { local a=1 b; b=2; echo "$a$b"; h; }; h() { echo "h sees $a"; }; a=0; g; echo "a=$a b=[$b]"
r() { local n=$1; [ $n -le 0 ] && return 0; echo $n; r $((n-1)); echo back$n; }; r 2
k() { declare z=in; echo $z; }; k; echo "[$z]"
declare -x EXP=1; bash -c 'echo $EXP'
declare 1bad=2; echo $?
