# SSH brute-force guard, then the list inspected and edited through /proc/net/xt_recent
iptables -N IN_SSH
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j IN_SSH
iptables -A IN_SSH -m recent --name sshbf --rttl --rcheck --hitcount 3 --seconds 10 -j DROP
iptables -A IN_SSH -m recent --name sshbf --set -j ACCEPT
ls /proc/net/xt_recent
test -d /proc/net/xt_recent && echo dir
test -f /proc/net/xt_recent/sshbf && echo file
test -s /proc/net/xt_recent/sshbf || echo size-zero
cat /proc/net/xt_recent/sshbf; echo rc=$?
echo +192.0.2.10 > /proc/net/xt_recent/sshbf; echo rc=$?
awk '{print $1, $2, $3, $6, $7, NF}' /proc/net/xt_recent/sshbf
echo +192.0.2.10 > /proc/net/xt_recent/sshbf
echo +192.0.2.10 > /proc/net/xt_recent/sshbf
awk '{print $1, $6, $7, NF}' /proc/net/xt_recent/sshbf
wc -l /proc/net/xt_recent/sshbf
echo -192.0.2.10 > /proc/net/xt_recent/sshbf; echo rc=$?
wc -l < /proc/net/xt_recent/sshbf
echo -n +198.51.100.1 > /proc/net/xt_recent/sshbf; echo rc=$?
echo '+010.0.0.1' > /proc/net/xt_recent/sshbf; echo rc=$?
cut -d' ' -f1 /proc/net/xt_recent/sshbf | sort
echo / > /proc/net/xt_recent/sshbf; echo rc=$?
cat /proc/net/xt_recent/sshbf
echo garbage > /proc/net/xt_recent/sshbf; echo rc=$?
echo '+192.0.2.1 ' > /proc/net/xt_recent/sshbf; echo rc=$?
echo +192.0.2 > /proc/net/xt_recent/sshbf; echo rc=$?
echo +300.1.1.1 > /proc/net/xt_recent/sshbf; echo rc=$?
echo > /proc/net/xt_recent/sshbf; echo rc=$?
printf '+192.0.2.20\n+192.0.2.21\n' > /proc/net/xt_recent/sshbf; echo rc=$?
cut -d' ' -f1 /proc/net/xt_recent/sshbf
echo / > /proc/net/xt_recent/sshbf
echo +2001:db8::7 > /proc/net/xt_recent/sshbf; echo rc=$?
cut -d' ' -f1-3 /proc/net/xt_recent/sshbf
echo +1.2.3.4 > /proc/net/xt_recent/nosuch; echo rc=$?
touch /proc/net/xt_recent/new; echo rc=$?
rm /proc/net/xt_recent/sshbf; echo rc=$?
cat /proc/net/xt_recent; echo rc=$?
iptables -A INPUT -m recent --set
ls /proc/net/xt_recent
iptables -D IN_SSH -m recent --name sshbf --set -j ACCEPT
ls /proc/net/xt_recent
iptables -A IN_SSH -m recent --name sshbf --set -j ACCEPT
echo +192.0.2.30 > /proc/net/xt_recent/sshbf
iptables -D IN_SSH 2
iptables -D IN_SSH 1
ls /proc/net/xt_recent
iptables -A IN_SSH -m recent --name sshbf --set -j ACCEPT
wc -l < /proc/net/xt_recent/sshbf
iptables -F
ls /proc/net/xt_recent
iptables-legacy -A INPUT -m recent --name legacy --rcheck -j DROP
ip6tables -A INPUT -m recent --name six --rcheck -j DROP
ls /proc/net/xt_recent
iptables -A INPUT -m hashlimit --hashlimit-name sshlim --hashlimit-above 3/min --hashlimit-mode srcip -j DROP
ip6tables -A INPUT -m hashlimit --hashlimit-name v6lim --hashlimit-upto 5/s -j ACCEPT
ls /proc/net/ipt_hashlimit /proc/net/ip6t_hashlimit
cat /proc/net/ipt_hashlimit/sshlim; echo rc=$?
test -s /proc/sys/net/ipv4/ip_forward || echo proc-size-zero
rm /proc/net/ip_tables_names
ls /proc/net | grep -E '^(xt_recent|ipt_hashlimit|ip6t_hashlimit|ip_tables_names)$'
