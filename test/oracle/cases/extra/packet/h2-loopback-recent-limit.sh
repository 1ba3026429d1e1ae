# Siblings of recent-and-connlimit with traffic on lo: an SSH-style --set/--update --hitcount ban, limit with a burst before REJECT, -Z and -D between probes, --rcheck/--remove, the list in /proc/net/xt_recent emptied by writing /
serve tcp 22
serve tcp 80
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name ssh
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 60 --hitcount 3 --name ssh -j DROP
iptables -A INPUT -p tcp --dport 80 --syn -m limit --limit 1/hour --limit-burst 2 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 --syn -j REJECT --reject-with tcp-reset
probe tcp 127.0.0.1 22
probe tcp 127.0.0.1 22
probe tcp 127.0.0.1 22
probe tcp 127.0.0.1 22
probe tcp 127.0.0.2 22
probe tcp 127.0.0.1 80
probe tcp 127.0.0.1 80
probe tcp 127.0.0.1 80
iptables -L INPUT -v -n -x
iptables -Z INPUT 3
probe tcp 127.0.0.1 80
iptables -D INPUT 2
probe tcp 127.0.0.1 22
iptables -I INPUT 2 -p tcp --dport 22 -m recent --rcheck --name ssh --rsource -j REJECT
probe tcp 127.0.0.1 22
probe tcp 127.0.0.3 22
iptables -A INPUT -p tcp --dport 22 -m recent --remove --name ssh
iptables -L INPUT -v -n -x
wc -l < /proc/net/xt_recent/ssh
awk '{print $1}' /proc/net/xt_recent/ssh
echo / > /proc/net/xt_recent/ssh
wc -l < /proc/net/xt_recent/ssh
probe tcp 127.0.0.1 22
iptables-legacy -A INPUT -p tcp --dport 80 -m recent --set --name web
probe tcp 127.0.0.1 80
ls /proc/net/xt_recent/
