# Siblings of rename-chain/new-chain on iptables-legacy: references, renames (long names cut to 29), counters set with -c, errors
iptables-legacy -N A
iptables-legacy -N B
iptables-legacy -A A -j B
iptables-legacy -A INPUT -j A
iptables-legacy -A OUTPUT -j A
iptables-legacy -X B
iptables-legacy -X A
iptables-legacy -E A B
iptables-legacy -E A INPUT
iptables-legacy -E A abcdefghijklmnopqrstuvwxyz01234
iptables-legacy -L -n
iptables-legacy -A INPUT -c 5 500 -j ACCEPT
iptables-legacy -I INPUT -c 100000 99999999 -p tcp -j ACCEPT
iptables-legacy -L INPUT -v -n
iptables-legacy -L INPUT -v -n -x --line-numbers
iptables-legacy -S INPUT -v
iptables-legacy-save -c
iptables-legacy -Z INPUT 1
iptables-legacy -L INPUT -v -n -x
iptables-legacy -R INPUT 1 -c 7 8 -j DROP
iptables-legacy -D INPUT 9
iptables-legacy -D INPUT -j NOPE
iptables-legacy -D INPUT -j B
iptables-legacy -I INPUT 9 -j DROP
iptables-legacy -F A
iptables-legacy -D INPUT -j A
iptables-legacy -D OUTPUT -j A
iptables-legacy -X A
iptables-legacy -X
iptables-legacy -L -n
iptables-legacy -P A DROP
iptables-legacy -P INPUT REJECT
iptables-legacy -t nat -P POSTROUTING DROP
iptables-legacy -t nat -S
iptables-legacy -t raw -L -n
iptables-legacy -t security -S
iptables-legacy -t bogus -S
ip6tables-legacy -N A
ip6tables-legacy -A INPUT -j A
ip6tables-legacy -X A
ip6tables-legacy -L -n
