# iptables-translate: a rule's connlimit sets share one 'add set' line printed just before that rule (then 'nft ' again), once per source/destination pair
iptables-translate -A INPUT --source 203.0.113.56/25,170.203.21.218 --match connlimit --connlimit-upto 1 --connlimit-mask 18
iptables-translate -A INPUT -s 1.1.1.1 -d 2.2.2.2,3.3.3.3 -m connlimit --connlimit-above 2
iptables-translate -A INPUT -s 1.1.1.1,4.4.4.4 -d 2.2.2.2,3.3.3.3 -m connlimit --connlimit-above 2 -j DROP
iptables-translate -I INPUT -d 2.2.2.2,3.3.3.3 -m connlimit --connlimit-above 2 -m connlimit --connlimit-upto 3 --connlimit-daddr
iptables-translate -A INPUT -m connlimit --connlimit-above 2 -m connlimit --connlimit-upto 3
ip6tables-translate -A INPUT -s ::1,::2 -m connlimit --connlimit-above 2 -p tcp
cat > /tmp/rt <<'X'
*filter
-A INPUT -s 1.1.1.1,4.4.4.4 -d 2.2.2.2,3.3.3.3 -m connlimit --connlimit-above 2 -j DROP
-A INPUT -m connlimit --connlimit-above 2 -m connlimit --connlimit-upto 3
COMMIT
X
iptables-restore-translate -f /tmp/rt | grep -v '^# Translated'
