# bash printf's integer arguments read like strtoimax: partial numbers are used but fail (invalid number / octal / hex by how the argument starts), out of range is only a warning; %c of '' prints a NUL; cat -A shows UTF-8 bytes as M-; /etc/host.conf
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
printf '%d\n' 3.5; echo rc=$?
printf '%d|\n' ' 5' '5 ' '+7' '-0x10' '1e3' '08' '0x' '-' '' 99999999999999999999 -99999999999999999999; echo rc=$?
printf '%x %o %u\n' 3.9 -1 -1; echo rc=$?
printf '%5.2f|%d\n' 2.5x 7; echo rc=$?
printf '%s %d\n' port 22/tcp; echo rc=$?
printf '%d|' 0.5 0x1G 012a 12abc 0X1f - + 0b1 07 -0; echo rc=$?
printf '%d|' 99999999999999999999; echo rc=$?
iptables -S INPUT | awk '{print $6}' | while read -r p; do printf 'port %05d ok\n' "$p"; done
for p in 22 80x 0x50; do printf -v out '%d' "$p" 2>/dev/null; echo "$p -> $out rc=$?"; done
printf '%c\n' '' | od -c | head -1; printf '[%3c]\n' x
printf 'é\n' | cat -A; printf 'naïve\tx\n' | cat -vT; echo 'comment "café"' | cat -v
cat /etc/host.conf; grep -c . /etc/host.conf
