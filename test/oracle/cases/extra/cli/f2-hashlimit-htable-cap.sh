# xt_hashlimit truncates --hashlimit-htable-size/-max above 1048576 in the rule it keeps: listings
# and save show the bound, -C with the typed value fails, the -v echo still shows it.
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name f --hashlimit-htable-size 4294967295 --hashlimit-htable-max 1048577
iptables -v -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name g --hashlimit-htable-size 1048577 --hashlimit-htable-max 1048576
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name h --hashlimit-htable-size 1048576 --hashlimit-htable-max 99999999
iptables -S INPUT
iptables -C INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name f --hashlimit-htable-size 4294967295 --hashlimit-htable-max 1048577
iptables -C INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name f --hashlimit-htable-size 1048576 --hashlimit-htable-max 1048576
iptables -D INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name h --hashlimit-htable-size 1048576 --hashlimit-htable-max 99999999
iptables-restore <<'X'
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name r --hashlimit-htable-size 2000000
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name r2 --hashlimit-htable-max 2000000
COMMIT
X
iptables-save -t filter
iptables-restore --test <<'X'
*filter
-A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name r --hashlimit-htable-size 2000000
COMMIT
X
iptables-legacy -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name L --hashlimit-htable-size 3000000
iptables-legacy -S INPUT
iptables-legacy -C INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name L --hashlimit-htable-size 3000000
ip6tables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name s6 --hashlimit-htable-max 3000000
ip6tables -S INPUT
