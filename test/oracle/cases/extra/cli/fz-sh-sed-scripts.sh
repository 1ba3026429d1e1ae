# sed features guides use: -i with a backup suffix, -e numbering in errors, N/D/hold space, labels, 0,/re/, first~step, l, q with an exit code, -s, -z
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -j DROP
iptables-save > /tmp/rules.v4
sed -i.bak 's/ACCEPT/DROP/' /tmp/rules.v4; grep -c DROP /tmp/rules.v4 /tmp/rules.v4.bak
sed --in-place=.orig -e '/^#/d' /tmp/rules.v4; ls /tmp; head -n 2 /tmp/rules.v4
iptables -S | sed -e 's/-A/APPEND/' -e 's/-j/JUMP/'
iptables -S | sed -e 's/x/y/' -e 's/q' ; echo rc=$?
iptables -S | sed -e p -e 'k'
iptables -S | sed 's/a/b/x'
iptables -S | sed 's/\(INPUT/X/'
iptables -S | sed -E 's/(INPUT/X/'
iptables -S | sed 's/INPUT/X/gw'
iptables -S | sed '0p'
iptables -S | sed '0,/ACCEPT/d'
iptables -S | sed -n '1~2p'
iptables -S | sed -n '2,~4p'
iptables -S | sed ':a;N;$!ba;s/\n/ | /g'
iptables -S | sed 'N;s/\n/ + /'
iptables -S | sed -n '$!N;P;D'
iptables -S | sed '1!G;h;$!d'
iptables -S INPUT | sed -n '/dport/{s/.*dport \([0-9]*\).*/port \1/;p}'
iptables -S | sed '/DROP/q5'; echo rc=$?
iptables -S | sed -n 'l'
printf 'a\tb\\c\n' | sed -n 'l;l 4'
sed -s -n '$p' /tmp/rules.v4 /tmp/rules.v4.bak
printf 'x\ny\n' | sed -z 's/\n/,/g'
iptables -S | sed -n '/INPUT/='
iptables -S | sed '2i\--- inserted' | sed '$a end'
iptables -S | sed 's/-A \(\w*\) /[\1] /;t;s/^/no-append: /'
iptables -S | sed 'bfoo'
iptables -S | sed 'y/abc/de/'
sed; echo rc=$?
sed -n; echo rc=$?
iptables -S | sed --posix -n 1p
sed --version | head -1
