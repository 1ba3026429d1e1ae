# errors raised while a function from the bash -c string runs are prefixed "environment: line N:", a sourced file's by the file name
f() { nosuchcmd; }; f
f() { :; }; f; nosuch
f() { nosuch; }; f; nosuch2
f() { cd /nope; }; f
f() { echo $((1/0)); }; f
f() { echo ${x:?missing x}; }; f
f() { echo > /nope/x; }; f
f() { return abc; }; f
f() { set -u; echo $q; }; f
f() { break; }; f; echo rc=$?
chk() { iptables -C INPUT -j DROP 2>/dev/null || nosuch_fix; }; chk; echo rc=$?
bash -c 'f() { nosuch; }; f'
sh -c 'f() { nosuch; }; f'
f() { nosuch; }; (f); x=$(f); f | cat; echo "[$x]"
f() { g; }; g() { nosuch; }; f
printf 'f() {\n  nosuch\n}\nf\n' > /tmp/s.sh; bash /tmp/s.sh; source /tmp/s.sh
printf 'f() {\n  nosuch\n}\n' > /tmp/lib.sh; source /tmp/lib.sh; f
echo 'f() { nosuch; }' > /tmp/l2.sh; . /tmp/l2.sh; f
printf 'nosuch_top\ncd /nope\n' > /tmp/l3.sh; . /tmp/l3.sh; echo rc=$?
trap 'nosuch_in_trap' EXIT; f() { :; }; f
f() { eval 'nosuch'; }; f
eval 'f() { nosuch; }'; f
f() { ( nosuch ); }; f
f() { bash -c 'nosuch'; }; f
