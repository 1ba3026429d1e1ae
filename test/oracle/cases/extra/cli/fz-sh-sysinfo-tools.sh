whoami
whoami x
id
id -u
id -g
id -un
id -gn
id -G
id -n
id root
id nosuch
id -x
uname
uname -s
uname -n
uname -a
uname -snrvmpio
uname -m
uname -o
uname x
[ "$(id -u)" -eq 0 ] && echo "running as root"
printf 'a\nb\n' | paste - -
printf '1\n2\n3\n' | paste -sd,
printf '1\n2\n3\n' | paste -s
printf '1\n2\n3\n' | paste -sd+ -
printf 'ab\ncd' | rev
printf 'ab\ncd\n' | rev
printf 'a\nb\nc\n' | tac
printf 'a\nb\nc' | tac; echo
tac /nonexist
rev /nonexist
seq 3 | tac
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -S INPUT | tac
iptables -S INPUT | grep -o 'dport [0-9]*' | cut -d' ' -f2 | paste -sd,
