# xt_hashlimit refuses a rate whose burst overflows its 64-bit credits (ERANGE); limit has no such check under nft.
iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 37 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 38 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/day --hashlimit-burst 1 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/day --hashlimit-burst 2 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2237 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2238 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 75 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 76 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 4474 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 4475 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 7/min --hashlimit-burst 15657 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-burst 1000000 --hashlimit-name z
iptables -A INPUT -m hashlimit --hashlimit-upto 1/day --hashlimit-name z5
iptables -A INPUT -m hashlimit --hashlimit-above 2/day --hashlimit-name z6 --hashlimit-burst 1
iptables -A INPUT -m limit --limit 1/day --limit-burst 10000
iptables -A INPUT -m limit --limit 1/day --limit-burst 4
iptables -A INPUT -m limit --limit 1/day --limit-burst 5
iptables -A INPUT -m limit --limit 1/hour --limit-burst 1193
iptables -A INPUT -m limit --limit 1/hour --limit-burst 1194
iptables -A INPUT -m limit --limit 2/hour --limit-burst 2386
iptables -A INPUT -m limit --limit 1/min --limit-burst 10000
iptables -S
