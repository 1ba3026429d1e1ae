# hash remembers programs found on PATH; builtin/command skip functions named like commands
hash -t iptables; echo "rc=$?"
hash iptables; hash -t iptables; hash; echo "rc=$?"
iptables -S >/dev/null; iptables -S INPUT >/dev/null; iptables-save >/dev/null; hash; type iptables; type -a iptables-save
hash -r; hash; hash nosuchcmd; echo "rc=$?"; hash echo; echo "rc=$?"
iptables -S | wc -l >/dev/null; x=$(iptables -S); (iptables -L -n >/dev/null); hash
for i in 1 2 3; do iptables -A INPUT -p tcp --dport 2$i -j ACCEPT; done; grep -c . /etc/hosts >/dev/null; hash -l; hash -t iptables grep; hash -d grep; hash
hash -x; echo "rc=$?"; hash -p; echo "rc=$?"; hash -t; echo "rc=$?"
iptables() { echo "wrapped: $*" >&2; command iptables "$@"; }; iptables -S INPUT; builtin echo via-builtin; command -v iptables; builtin iptables -S; echo "rc=$?"
echo() { builtin echo "[$*]"; }; echo a b; command echo c; builtin; echo "rc=$?"
enable -n echo; echo "rc=$?"; nproc; nproc --ignore=1
