# printf in #!/bin/sh firewall scripts (dash): bash's -v, %q and %(…)T are refused, \x is no escape
sh -c 'printf "%q\n" "a b"'; echo rc=$?
sh -c 'printf -v X "%s" abc; echo "[$X]"'; echo rc=$?
sh -c 'printf "%(%Y)T\n" 0'; echo rc=$?
sh -c 'printf "%s %d\n" abc 12x'; echo rc=$?
sh -c 'printf "%d\n" abc'; echo rc=$?
sh -c 'printf "%5s|%-5s|%05d\n" a b 42'
sh -c 'printf "%b" "x\\ny\\c tail"'; echo
sh -c 'printf "\x41\n"'
sh -c 'printf "%c\n" hello'
sh -f -c 'n=-n; echo $n x; echo -n y; echo'
sh -c 'for p in 22 80; do printf "%-6s %5d\n" tcp $p; done'
sh -c 'printf "%s: %s\n" "$(date +%Y >/dev/null; echo fw)" "$(iptables -S | wc -l) rules"'
