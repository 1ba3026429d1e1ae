# Scripts on stdin: bash reads them a command at a time (their commands read the next lines), dash in blocks; source /dev/stdin
printf 'echo one\nread l; echo "got $l"\nline2\necho three\n' | bash
printf 'echo a\nfi\necho b\n' | bash; echo rc=$?
printf 'f() {\n  echo in f\n}\nf\nhead -1\nskipped\necho after\n' | bash
printf 'echo x\nexit 3\necho y\n' | bash; echo rc=$?
printf 'iptables -N X\nwhile read c; do iptables -N "$c"; done\nY\nZ\n' | bash; iptables -S
printf 'iptables-restore --noflush\n*filter\n-A X -j ACCEPT\nCOMMIT\n' | bash; iptables -S X
printf 'echo a\ncat\necho not reached\n' | sh
printf 'echo $0 $#\n' | bash -s a b
printf 'read x\nhello\necho "x=$x"\n' | sh
printf 'iptables -S Y\n' | source /dev/stdin
printf 'iptables -S Z\n' | bash /dev/stdin
f() { cat; }; iptables -S INPUT | f
g() { head -1; }; iptables -S > /tmp/s; { g; g; } < /tmp/s
h() { read -r l; echo "h:$l"; }; iptables -S | { h; h; wc -l; }
iptables -S | { while read l; do echo "l=$l"; break; done; cat; }
iptables -S | { echo "$(head -1)"; cat; }
iptables -S | { diff <(head -1) /dev/null; cat; }
iptables -S | { timeout 1 cat >/dev/null; echo "rc=$?"; cat; }
iptables -S | { command head -2; cat; }
iptables -S | { builtin read x; echo "x=$x"; cat; }
iptables -S | { eval 'read a'; echo "a=$a"; cat; }
iptables -S | { exec cat; echo never; }
