# What copying commands from a blog does: en/em dashes for --, smart quotes around a comment, a non-breaking space, an unquoted two-word comment, a CRLF script, a trailing backslash line
iptables -A INPUT -p tcp –dport 22 -j ACCEPT
iptables -A INPUT -p tcp —dport 22 -j ACCEPT
iptables –A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT -m comment --comment “ssh”
iptables -A INPUT -p tcp --dport 80 -m comment --comment ‘web’ -j ACCEPT
iptables -A INPUT -p tcp --dport 443 -m comment --comment allow https -j ACCEPT
iptables -A INPUT -p tcp --dport 443 -m comment --comment "allow https" -j ACCEPT
iptables -A INPUT -p tcp --dport 8080 -j ACCEPT
iptables -A INPUT -p tcp --dport 8081 -j ACCEPT
iptables -A INPUT -p tcp --dport 8082 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -j ACCEPT
iptables -S INPUT
printf 'iptables -A INPUT -p udp --dport 53 -j ACCEPT\r\niptables -A INPUT -p tcp --dport 53 -j ACCEPT\r\n' > /tmp/fw.sh
bash /tmp/fw.sh; echo rc=$?
sh /tmp/fw.sh; echo rc=$?
printf '*filter\r\n-A INPUT -p tcp --dport 25 -j ACCEPT\r\nCOMMIT\r\n' > /tmp/crlf.rules
iptables-restore < /tmp/crlf.rules; echo rc=$?
printf 'iptables -A INPUT \\\n  -p tcp --dport 993 \\\n  -j ACCEPT\n' > /tmp/cont.sh
bash /tmp/cont.sh; echo rc=$?
printf 'iptables -A INPUT \\ \n  -p tcp --dport 995 -j ACCEPT\n' > /tmp/cont2.sh
bash /tmp/cont2.sh; echo rc=$?
iptables -A INPUT -p tcp --dport 22 -j ACCEPT # allow ssh
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; # allow ssh
iptables -A INPUT -p tcp --dport 22 -j ACCEPT \# allow ssh
$ iptables -L
# iptables -L
sudo: iptables -L
iptables -A INPUT -p tcp --dport 22 -j ACCEPT.
iptables -A INPUT -p tcp --dport 22, -j ACCEPT
iptables -A INPUT -p tcp --dports 22,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22, 80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22:80,443 -j ACCEPT
iptables -S INPUT
