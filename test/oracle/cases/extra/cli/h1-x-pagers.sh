iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -L -n | less
iptables -L -n | more
iptables -S | nl
iptables -S | cat -n
iptables -L -n -v | less -S
iptables-save | less -N | head -n 3
timeout 1 iptables -S INPUT; echo rc=$?
env iptables -S INPUT
nice iptables -S INPUT
xargs -a /dev/null iptables -S INPUT
echo INPUT | xargs iptables -S
/usr/sbin/iptables -S INPUT
/sbin/iptables -S INPUT
exec iptables -S INPUT
