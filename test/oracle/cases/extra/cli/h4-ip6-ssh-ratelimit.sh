# SSH brute-force protection for IPv6 clients: recent, hashlimit and connlimit with /64 masks
ip6tables -N SSH
ip6tables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j SSH
ip6tables -A SSH -m recent --name ssh6 --set --mask ffff:ffff:ffff:ffff::
ip6tables -A SSH -m recent --name ssh6 --update --seconds 60 --hitcount 4 --mask ffff:ffff:ffff:ffff:: -j DROP
ip6tables -A SSH -m connlimit --connlimit-above 3 --connlimit-mask 64 -j REJECT --reject-with tcp-reset
ip6tables -A SSH -m hashlimit --hashlimit-name ssh6 --hashlimit-mode srcip --hashlimit-srcmask 64 --hashlimit-upto 5/min --hashlimit-burst 3 -j ACCEPT
ip6tables -A SSH -m hashlimit --hashlimit-name ssh6b --hashlimit-mode srcip,dstport --hashlimit-srcmask 56 --hashlimit-dstmask 128 --hashlimit-above 10/sec -j DROP
ip6tables -A SSH -m hashlimit --hashlimit-name bad --hashlimit-srcmask 129 --hashlimit-upto 1/s -j ACCEPT
ip6tables -A SSH -m connlimit --connlimit-upto 2 --connlimit-mask 129 -j ACCEPT
ip6tables -A SSH -m connlimit --connlimit-upto 2 --connlimit-saddr --connlimit-mask 48 -j ACCEPT
ip6tables -A SSH -m recent --name v6 --rcheck --rsource --mask ffff:: -j DROP
ip6tables -A SSH -m recent --name v6 --set --mask 255.255.255.0 -j DROP
ip6tables -A SSH -m limit --limit 3/min --limit-burst 5 -j LOG --log-prefix "ssh6 " --log-level info
ip6tables -A SSH -j DROP
ip6tables -S SSH
ip6tables -L SSH -n
ip6tables -L SSH
ip6tables-save | grep -v '^#'
ip6tables-translate -A SSH -m connlimit --connlimit-above 3 --connlimit-mask 64 -j DROP
ip6tables-translate -A SSH -m hashlimit --hashlimit-name ssh6 --hashlimit-mode srcip --hashlimit-srcmask 64 --hashlimit-upto 5/min -j ACCEPT
cat /proc/net/xt_recent/ssh6
ls /proc/net/xt_recent/
