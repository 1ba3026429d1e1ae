iptables -m ipcomp -h | sed -n '/comp match/,$p'
iptables -A INPUT -p 108 -m ipcomp --ipcompspi 5 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 5:10 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 7 --compres -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 10:5 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 1 --ipcompspi 2 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp ! --compres -j ACCEPT
iptables -A INPUT -m ipcomp --ipcompspi 5 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi x -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -C INPUT -p ipcomp -m ipcomp --ipcompspi 5:10 -j ACCEPT
ip6tables -A INPUT -p ipcomp -m ipcomp --ipcompspi 9 -j ACCEPT
ip6tables -S INPUT
iptables -F INPUT
iptables -m osf -h | sed -n '/OS fingerprint/,$p'
iptables -A INPUT -p tcp -m osf --genre Linux -j ACCEPT
iptables -A INPUT -m osf --genre Linux -j ACCEPT
iptables -A INPUT -p tcp -m osf --genre Linux --ttl 2 --log 1 -j ACCEPT
iptables -A INPUT -p tcp -m osf ! --genre Windows --log 0 -j DROP
iptables -A INPUT -p tcp -m osf --genre Linux --ttl 3 -j ACCEPT
iptables -A INPUT -p tcp -m osf -j ACCEPT
iptables -A INPUT -p tcp -m osf --genre a --genre b -j ACCEPT
iptables -A INPUT -p tcp -m osf --genre a ! --ttl 1 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -C INPUT -p tcp -m osf --genre Linux --log 1 --ttl 2 -j ACCEPT
ip6tables -A INPUT -p tcp -m osf --genre Linux -j ACCEPT
