# stdout and stderr in one stream (2>&1): C programs buffer stdout in 4096-byte blocks, so iptables' warnings and errors, sed's, awk's and getent's come before their output; ls reports missing operands first; wc's error() flushes its counts first.
iptables-legacy -N X
iptables -L -n 2>&1 | head -4
iptables -S 2>&1
iptables-save 2>&1 | head -3
iptables -A INPUT -j ACCEPT -v 2>&1
iptables -t nat -L -v 2>&1 | head -3
iptables -A INPUT -m connlabel --label 1 2>&1
iptables -L INPUT 2>&1
iptables -v -A INPUT -p tcp --dport 22 -m comment --comment x -j LOG --log-prefix y 2>&1
iptables -F INPUT
for i in $(seq 1 150); do iptables -A INPUT -s 10.0.0.$i -p tcp --dport $i -j ACCEPT; done
for i in $(seq 1 50); do iptables -A INPUT -s 10.1.0.$i -j DROP; done
iptables -L -n -v 2>&1 | grep -n legacy
iptables -S 2>&1 | grep -n Warning
iptables-save 2>&1 | grep -n Warning
iptables -L -n -v 2>&1 | wc -c
iptables -F INPUT
printf 'a\nb\n' > /tmp/f
grep a /tmp/f /tmp/nofile 2>&1 | cat
sed p /tmp/f /tmp/nofile 2>&1 | cat
awk 1 /tmp/f /tmp/nofile 2>&1 | cat
cat /tmp/f /tmp/nofile 2>&1 | cat
head /tmp/f /tmp/nofile 2>&1 | cat
tail /tmp/f /tmp/nofile 2>&1 | cat
wc -l /tmp/f /tmp/nofile 2>&1 | cat
sort /tmp/f /tmp/nofile 2>&1 | cat
cut -c1 /tmp/f /tmp/nofile 2>&1 | cat
ls /tmp/f /tmp/nofile 2>&1 | cat
sysctl net.ipv4.ip_forward nope.nope 2>&1 | cat
getent hosts localhost nope.invalid 2>&1 | cat
getent nodb 2>&1 | cat
tr a b < /tmp/nofile 2>&1 | cat
uniq /tmp/f /tmp/nofile 2>&1 | cat
iptables -v -A NOPE -j ACCEPT 2>&1 | cat
echo x; ls /tmp/nofile 2>&1 | cat
{ echo out; echo err >&2; } 2>&1 | cat
ip6tables -L -n 2>&1 | head -3
ip6tables -S 2>&1
ip6tables-save 2>&1 | head -2
iptables -A INPUT -m nosuch 2>&1
iptables -A INPUT -j ULOG 2>&1 | cat
iptables -W 5 -w -A INPUT -j ACCEPT -v 2>&1
iptables -L FOO -n 2>&1
iptables -v -C INPUT -j DROP 2>&1
iptables -Z -L -v -n 2>&1 | head -3
iptables-translate -A INPUT -m ULOG 2>&1; iptables-translate -A INPUT -j ULOG 2>&1
sed p /tmp/nope /etc/hostname 2>&1 | head -3
awk '{print}' /etc/hostname /nope 2>&1
getent hosts localhost nosuchhost 2>&1
