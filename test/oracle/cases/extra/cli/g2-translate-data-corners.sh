# iptables-translate corners read from the match itself: connbytes 0:0 (saved as 0) and single counts, ipcomp's ! on the full range, --limit-burst 0, weekday bits (Sunday last, braces by bits), NFQUEUE's wrapping 0:65535; 'nft ' per source even when repeated; -L with -Z; ip6tables' -p warning before a later error
iptables -A INPUT -m time --weekdays ""
iptables -A INPUT -m time --weekdays 32,33
iptables -A INPUT -m time --weekdays 8
iptables -A INPUT -m time --weekdays 010
iptables -A INPUT -m time ! --weekdays 1,2,3,4,5,6,7
iptables -A INPUT -m time ! --weekdays 1
iptables -A INPUT -m time --weekdays 7,7
iptables -A INPUT -m time --weekdays 9,1
iptables-translate -A INPUT -m time ! --weekdays 1
iptables-translate -A INPUT -m time --weekdays 0
iptables-translate -A INPUT -m time --weekdays 7,7
iptables-translate -A INPUT -m time --weekdays 9,1
iptables-translate -A INPUT -m time --weekdays 8,16
iptables-translate -A INPUT -m time --weekdays Sun,Sat
iptables-translate -A INPUT -m limit --limit-burst 0
iptables-translate -A INPUT -m limit --limit 1/h --limit-burst 1
iptables-translate -A INPUT -j NFQUEUE --queue-balance 0:65535
iptables-translate -A INPUT -j NFQUEUE --queue-balance 5:5
iptables-translate -A INPUT -j NFQUEUE --queue-balance 3:7 --queue-num 2
iptables-translate -A INPUT -j NFQUEUE --queue-balance 65534:65535
iptables-translate -A INPUT -m connbytes ! --connbytes 0:0 --connbytes-dir both --connbytes-mode packets
iptables-translate -A INPUT -m connbytes --connbytes 0:0 --connbytes-dir both --connbytes-mode packets
iptables-translate -A INPUT -m connbytes ! --connbytes 0 --connbytes-dir both --connbytes-mode packets
iptables-translate -A INPUT -m connbytes ! --connbytes 5:5 --connbytes-dir both --connbytes-mode packets
iptables-translate -A INPUT -m connbytes ! --connbytes 6:5 --connbytes-dir both --connbytes-mode packets
iptables-translate -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 0:4294967295
iptables-translate -A INPUT -p esp -m esp ! --espspi 0:4294967295
iptables-translate -A INPUT -s 10.0.0.5,10.0.0.5 -j DROP
iptables-translate -A INPUT -s 10.0.0.5,10.0.0.6,10.0.0.5 -d 1.1.1.1,1.1.1.1 -j DROP
iptables-translate -Z INPUT -L
iptables-translate -L -Z -n
iptables-translate -t nat -Z POSTROUTING 1 -L -v
iptables-translate -S -Z
ip6tables-translate -L -Z
ip6tables -A FORWARD -p ah -m ah --ahspi x
ip6tables -A FORWARD -p ipv6-route --bogus
ip6tables-translate -A FORWARD -p ipv6-route --bogus
ip6tables-translate -A FORWARD --bogus -p ipv6-route
ip6tables-translate -A FORWARD -p ipv6-route -p tcp
ip6tables-translate -A FORWARD -p ah -j NOPE
ip6tables-translate -A FORWARD -p ah -m ah --ahspi 5 -s foo.invalid
ip6tables-translate -p ah -A FORWARD -m ah --ahspi x
ip6tables-translate -A FORWARD -p ah ! --ahspi 1
ip6tables -p ah -A FORWARD -m ah --ahspi x
ip6tables -p ipv6-frag -X --bogus
ip6tables -p 44 -L --bogus
ip6tables -p ah -p tcp
