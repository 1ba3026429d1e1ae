# diff -c/-C/-y/-U/-s/-B/-b/-i/-w, cmp -l/-b/-n/-i and EOF texts, xargs -0/-d/-P/-t/-r, echo -e octal, printf flags, around iptables -S snapshots
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -S > /tmp/a; iptables -A INPUT -p udp --dport 53 -j DROP; iptables -I INPUT -i lo -j ACCEPT; iptables -S > /tmp/b; echo ok
diff /tmp/a /tmp/b; echo rc=$?
diff -c /tmp/a /tmp/b | tail -n +3
diff -C1 /tmp/b /tmp/a | tail -n +3
diff -y /tmp/a /tmp/b; echo rc=$?
diff -y /tmp/b /tmp/a
diff -U1 /tmp/a /tmp/b | tail -n +3
diff -s /tmp/a /tmp/a; diff -sq /tmp/a /tmp/b; echo rc=$?
diff -B <(printf 'a\n\nb\n') <(printf 'a\nb\nc\n'); echo rc=$?
diff -b <(printf 'a  b \n') <(printf 'a b\n'); echo rc=$?
diff -iw <(printf 'A B\n') <(printf 'ab\n'); echo rc=$?
cmp /tmp/a /tmp/b; echo rc=$?
cmp -l /tmp/a /tmp/b | head -3; echo rc=$?
cmp -bl /tmp/a /tmp/b | head -2
cmp -s /tmp/a /tmp/b; echo rc=$?
cmp /tmp/a /tmp/a; echo rc=$?
head -c 20 /tmp/a > /tmp/c; cmp /tmp/a /tmp/c; cmp -l /tmp/c /tmp/a; echo rc=$?
cmp -i 3 /tmp/a /tmp/a; cmp -n 5 /tmp/a /tmp/b; echo rc=$?
printf 'a\tb\n' > /tmp/t; diff -y /tmp/t /tmp/a | cat -A | head -3
iptables -S | grep -- '-N' | cut -d' ' -f2 | xargs -n1 iptables -F; echo rc=$?
iptables -S | awk '/^-N/ {print $2}' | xargs -I% sh -c 'iptables -X %; echo removed %'
echo "a b c" | xargs -n 2
printf 'a\nb\n' | xargs -0 echo | od -c | head -2
printf 'x y\n' | xargs -d ' ' -n1 echo
seq 5 | xargs -P2 -n1 echo | sort
echo | xargs echo empty; echo | xargs -r echo notrun; echo rc=$?
printf '1\n2\n3\n' | xargs -L 2 echo
echo 22 80 | xargs -n1 sh -c 'iptables -C INPUT -p tcp --dport $0 -j ACCEPT 2>/dev/null && echo "$0 yes" || echo "$0 no"'
echo foo | xargs -I{} echo {} {}
seq 3 | xargs false; echo rc=$?
seq 3 | xargs nosuchcmd; echo rc=$?
echo x | xargs -n 0; echo rc=$?
echo -n; echo -e "a\c" b; echo -E 'a\tb'; echo -ne 'x\x41\101\n'; echo '-e' x; echo -- x; echo -n -e 'y\n'
printf '%s' a b; echo; printf '%-5d|%5.1s|\n' 42 xyz; printf '%i %u\n' -3 -3; printf '%#x %#o\n' 255 8; printf "%'d\n" 1234567
printf '%s\n' "$(printf '%03d' 7)"; printf 'no newline'; printf '\n%%\n'; printf '%5%|\n'
printf '%s\n'; printf '%d\n' abc; echo rc=$?
printf -v out '%s-%s' a b; echo "$out"
printf '%*d|%-*d|\n' 5 1 4 2
printf '\x41\u00e9\n'
cat -n /etc/hostname; cat -b <<< $'a\n\nb'; cat -s <<< $'a\n\n\n\nb'; cat -E <<< 'x'; cat -T <<< $'a\tb'; cat -v <<< $'\x01'; cat -e <<< $'x\ty'
tee /tmp/t1 /tmp/t2 <<< hi > /dev/null; cat /tmp/t1 /tmp/t2; echo z | tee -a /tmp/t1; cat /tmp/t1
iptables -S | tee /tmp/saved | wc -l; wc -l < /tmp/saved
diff <(echo a) <(echo b); echo rc=$?
diff -u <(printf 'a\nb\nc\n') <(printf 'a\nB\nc\n') | tail -n +3
diff -q <(echo a) <(echo b); diff -s /tmp/t2 /tmp/t2; diff /tmp/nofile /tmp/t2; echo rc=$?
diff -y <(printf 'a\nb\n') <(printf 'a\nc\n')
diff -c <(printf 'a\nb\n') <(printf 'a\nc\n') | tail -n +3
diff -w <(echo 'a  b') <(echo 'a b'); echo rc=$?; diff -i <(echo A) <(echo a); echo rc=$?; diff -B <(printf 'a\n\nb\n') <(printf 'a\nb\n'); echo rc=$?
cmp <(echo a) <(echo b); cmp -l <(echo ab) <(echo ac); cmp -b <(echo ab) <(echo ac); cmp -n 1 <(echo ab) <(echo ac); echo rc=$?
