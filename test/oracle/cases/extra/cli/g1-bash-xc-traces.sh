bash -xc 'iptables -A INPUT -m comment --comment "allow web" -p tcp ! --dport 80 -j ACCEPT' 2>&1
bash -xc 'for p in 22 80; do iptables -C INPUT -p tcp --dport $p -j ACCEPT || true; done' 2>&1
bash -xc 'iptables -A INPUT -s 10.0.0.1 -j DROP && echo "added"' 2>&1
bash -xc 'x=*; echo "$x" a\ b "" '"'"'q'"'"' $'"'"'t\tt'"'"' "~" "#h" "a=b" "[x]"' 2>&1
sh -xc 'x=*; echo "$x" a\ b "" "~" "#h"' 2>&1
bash -xc 'if iptables -C INPUT -j NOPE 2>/dev/null; then echo y; else echo n; fi' 2>&1
bash -xc 'f() { iptables -S OUTPUT; }; f' 2>&1
bash -xc '[[ -n "$(iptables -S)" ]] && echo ok' 2>&1
bash -xc '(( 1 + 2 )); echo $((3*4))' 2>&1
bash -c -x 'echo hi' 2>&1
sh -c -x 'echo hi' 2>&1
bash -ec 'false; echo x'; echo $?
bash -cx 'echo hi' 2>&1
bash -xc 'echo $0 $1' zero one 2>&1
bash -c 'echo $0' -x
bash -c; echo rc=$?
bash -xc; echo rc=$?
sh -ec 'false; echo no'; echo rc=$?
bash -n -c 'echo hi'; echo rc=$?
bash -c; echo rc=$?
sh -c; echo rc=$?
bash -xc; echo rc=$?
