iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-name a --hashlimit-mode srcip
iptables-translate -A INPUT -m hashlimit --hashlimit-above 1kb/m --hashlimit-name a --hashlimit-mode dstip
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-name a --hashlimit-mode srcip --hashlimit-htable-expire 5000
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/min --hashlimit-name a --hashlimit-mode srcip --hashlimit-htable-size 100 --hashlimit-htable-max 200 --hashlimit-htable-gcinterval 1000
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 2gb/h --hashlimit-name a --hashlimit-mode srcip
iptables-translate -A INPUT -m hashlimit --hashlimit 5/s --hashlimit-name a --hashlimit-mode srcip
