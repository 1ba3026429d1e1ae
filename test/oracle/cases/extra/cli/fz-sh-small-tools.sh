# small tools a firewall script leans on: cmp, md5sum/sha256sum to check saved rules, expr, printenv, timeout, yes, realpath/readlink -f
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables-save | grep -v '^#' > /tmp/a.rules; iptables -A INPUT -j DROP; iptables-save | grep -v '^#' > /tmp/b.rules
cmp /tmp/a.rules /tmp/b.rules; echo rc=$?
cmp -s /tmp/a.rules /tmp/a.rules && echo same
printf 'abc\n' > /tmp/c1; printf 'abc\nx\n' > /tmp/c3; : > /tmp/empty
cmp /tmp/c1 /tmp/c3; cmp /tmp/c3 /tmp/c1; cmp /tmp/empty /tmp/c1; cmp /tmp/c1 /nope; echo rc=$?; cmp; echo rc=$?
sha256sum /tmp/a.rules /nope; echo rc=$?; md5sum < /tmp/a.rules; iptables -S | sha256sum
[ "$(iptables-save | grep -v '^#' | md5sum)" = "$(md5sum < /tmp/b.rules)" ] && echo unchanged
expr 1 + 2; expr 5 \* 3; expr 7 / 2; expr 7 % 3; expr 1 = 1; expr abc : 'a\(.\)'; expr abc : 'a.'; expr length hello
expr 1 / 0; echo rc=$?; expr 0 + 0; echo rc=$?; expr a + 1; echo rc=$?; expr; echo rc=$?; expr 1 +; echo rc=$?; expr 1 2; echo rc=$?
expr substr iptables 1 3; expr index iptables t; expr 10 \> 9; expr abc \< abd; expr "" \| 5; expr 3 \& 0
n=$(iptables -S INPUT | wc -l); echo $(expr $n - 1) rules
printenv HOME USER; printenv NOPE; echo rc=$?
timeout 5 iptables -S INPUT; echo rc=$?; timeout; echo rc=$?; timeout x echo; echo rc=$?; timeout 1 nosuchcmd; echo rc=$?
yes | head -2; yes no | head -n 1
realpath /tmp/../tmp/c1; readlink -f /tmp//c1; readlink /tmp/c1; echo rc=$?
