# Commands inside `while read` loops that read stdin take the rest of the loop's input (a pipe)
iptables -N WEB; iptables -N SSH; iptables -N LOGDROP
iptables -A INPUT -p tcp --dport 80 -j WEB; iptables -A INPUT -p tcp --dport 22 -j SSH; iptables -A INPUT -j LOGDROP
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; iptables -S "$ch"; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; cat; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; head -1; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; head -n1 >/dev/null; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; grep -m1 .; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; sed -n 1p; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; wc -l; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; sort -r; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; tr A-Z a-z; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; xargs echo rest:; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; awk '{print "awk " $0}'; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; v=$(cat); echo "v=[$v]"; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; bash -c 'read x; echo "inner $x"'; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; (read x; echo "sub $x"); done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; cat | head -1; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; echo x | cat; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; cat </dev/null; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; env head -1; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do echo "chain $ch"; timeout 2 tail -1; done
iptables -S | awk '/^-N/{print $2}' | while read -r ch; do iptables -F "$ch"; iptables -X "$ch" && echo "removed $ch"; done
iptables -S
printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\nCOMMIT\n' | while read -r l; do echo "line: $l"; iptables-restore --noflush; done; iptables -S INPUT
printf 'a\nb\nc\nd\n' | { head -1; cat; }
printf 'a\nb\nc\nd\n' | { mapfile -n 2 arr; echo "${#arr[@]}"; cat; }
printf 'a\nb\nc\nd\n' | { read -n 1 x; echo "x=$x"; cat; }
printf 'a\nb\nc\nd\n' | { head -c 1; echo ---; cat; }
printf 'a\nb\nc\nd\n' | { head -n 0; echo ---; cat; }
printf 'a\nb\nc\nd\n' | { read x < /dev/stdin; echo "x=$x"; cat; }
printf 'a\nb\nc\nd\n' | { cat /dev/stdin >/dev/null; echo ---; cat; }
