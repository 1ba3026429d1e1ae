# iptables-translate corners: libxt_udp reads --sport's '!' for --dport, owner uid/gid ranges, connbytes inversions/avgpkt, ecn flag combinations, hashlimit byte rates, default timeouts and zero-padded IPv6 masks
iptables-translate -A INPUT -p udp ! --sport 1 --dport 3:4 -j DROP
iptables-translate -A INPUT -p udp ! --sport 1:2 --dport 3:4 -j DROP
iptables-translate -A INPUT -p udp --sport 1:2 ! --dport 3 -j DROP
iptables-translate -A INPUT -p udp ! --sport 1:2 ! --dport 3:4 -j DROP
iptables-translate -A INPUT -p udp ! --sport 1:2 -j DROP
iptables-translate -A INPUT -p udp ! --dport 3:4 -j DROP
iptables-translate -A INPUT -p tcp ! --sport 1 --dport 3:4 -j DROP
iptables-translate -A INPUT -p tcp --sport 1:2 ! --dport 3:4 -j DROP
iptables-translate -A INPUT -p udp ! --dport 0:65535 -j DROP
iptables-translate -A INPUT -p udp --dport 0:65535 -j DROP
iptables-translate -A INPUT -p tcp ! --dport 0:65535 -j DROP
iptables-translate -A INPUT -p udp --sport 5:5 -j DROP
iptables-translate -A OUTPUT -m owner ! --uid-owner 1000-2000 -j ACCEPT
iptables-translate -A OUTPUT -m owner --gid-owner 10-20 -j ACCEPT
iptables-translate -A INPUT -m connbytes --connbytes 10:20 --connbytes-dir reply --connbytes-mode avgpkt -j DROP
iptables-translate -A INPUT -m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode bytes -j DROP
iptables-translate -A INPUT -m connbytes ! --connbytes 10:20 --connbytes-dir original --connbytes-mode packets -j DROP
iptables-translate -A INPUT -m connbytes --connbytes 10:10 --connbytes-dir original --connbytes-mode packets -j DROP
iptables-translate -A INPUT -p tcp -m ecn ! --ecn-tcp-cwr -j DROP
iptables-translate -A INPUT -p tcp -m ecn --ecn-tcp-cwr --ecn-tcp-ece -j DROP
iptables-translate -A INPUT -p tcp -m ecn ! --ecn-tcp-cwr ! --ecn-tcp-ece -j DROP
iptables-translate -A INPUT -p tcp -m ecn ! --ecn-ip-ect 1 -j DROP
iptables-translate -A INPUT -p tcp -m ecn --ecn-ip-ect 3 --ecn-tcp-ece -j DROP
iptables-translate -A INPUT -m hashlimit --hashlimit-above 1000b/s --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 100b/s --hashlimit-burst 1kb --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 3kb --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 1500 --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-htable-expire 1000 --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/s --hashlimit-htable-expire 500 --hashlimit-mode dstip --hashlimit-name n
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 10/min --hashlimit-htable-expire 0 --hashlimit-mode dstip --hashlimit-name n
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-mode srcip,dstip --hashlimit-srcmask 64 --hashlimit-dstmask 0 --hashlimit-name n
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-mode srcip --hashlimit-srcmask 127 --hashlimit-name n
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-mode srcip --hashlimit-srcmask 20 --hashlimit-name n
ip6tables-translate -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 64
