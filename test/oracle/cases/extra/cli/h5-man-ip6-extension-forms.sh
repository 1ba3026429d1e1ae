ip6tables -A INPUT -p tcp --syn --dport 80 -s fe80::/64 -m connlimit --connlimit-above 16 --connlimit-mask 64 -j REJECT
ip6tables -A INPUT -p tcp --syn --dport 49152:65535 -d 2001:db8::1 -m connlimit --connlimit-above 100 -j REJECT
ip6tables -A INPUT -m connlimit --connlimit-upto 3 --connlimit-mask 129 -j ACCEPT
ip6tables -A INPUT -m connlimit --connlimit-upto 3 --connlimit-mask 0 --connlimit-daddr -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::ff -j ACCEPT
ip6tables -A INPUT -m iprange ! --dst-range ::1-::2 -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.2 -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 2001:db8::5 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc ::1 --ctorigdst 2001:db8::/32 --ctreplsrc fe80::1/10 ! --ctrepldst ::/0 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc localhost -j ACCEPT
ip6tables -A INPUT -m recent --name v6 --set --mask ffff:ffff:ffff:ffff:: -j ACCEPT
ip6tables -A INPUT -m recent --name v6 --rcheck --seconds 30 --hitcount 3 --rttl --mask ffff:: -j DROP
ip6tables -A INPUT -m ipvs --vaddr 2001:db8::1/64 --vport 80 --vproto tcp -j ACCEPT
ip6tables -A INPUT -m ipvs ! --vaddr ::1 ! --vportctl 21 -j ACCEPT
ip6tables -A INPUT -m socket --transparent -j ACCEPT
ip6tables -A INPUT -m policy --dir in --pol ipsec --strict --mode tunnel --tunnel-src 2001:db8::1 --tunnel-dst 2001:db8::2/64 --next --proto ah -j ACCEPT
ip6tables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-mode srcip,dstip --hashlimit-srcmask 48 --hashlimit-dstmask 56 --hashlimit-name v6h -j ACCEPT
ip6tables -A INPUT -m length --length 40:1280 -j ACCEPT
ip6tables -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-ip-ect 3 -j ACCEPT
ip6tables -A INPUT -m devgroup --src-group 5 -j ACCEPT
ip6tables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 2 -j ACCEPT
ip6tables -A INPUT -p udp -m string --algo kmp --string foo --from 48 -j ACCEPT
ip6tables -A INPUT -m quota ! --quota 1 -j ACCEPT
ip6tables -A INPUT -p esp -m esp --espspi 256 -j ACCEPT
ip6tables -A INPUT -m ah --ahspi 256 --ahlen 4 --ahres -j ACCEPT
ip6tables -A INPUT -p sctp -m sctp --sport 5000 --chunk-types all DATA:iUbE,SACK -j ACCEPT
ip6tables -A INPUT -p dccp -m dccp --dccp-types DATA --dccp-option 2 -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT
ip6tables -L INPUT -n -v
ip6tables-save | grep -v '^#'
ip6tables-translate -A INPUT -p tcp --syn --dport 80 -s fe80::/64 -m connlimit --connlimit-above 16 --connlimit-mask 64 -j REJECT
ip6tables-translate -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::ff -j ACCEPT
ip6tables-translate -A INPUT -m conntrack --ctorigsrc ::1 --ctorigdst 2001:db8::/32 -j ACCEPT
ip6tables-translate -A INPUT -m ipvs --vaddr 2001:db8::1/64 --vport 80 --vproto tcp -j ACCEPT
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-mode srcip,dstip --hashlimit-srcmask 48 --hashlimit-dstmask 56 --hashlimit-name v6h -j ACCEPT
ip6tables-translate -A INPUT -m length --length 40:1280 -j ACCEPT
ip6tables-translate -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-ip-ect 3 -j ACCEPT
ip6tables-translate -A INPUT -m quota ! --quota 1 -j ACCEPT
ip6tables-translate -A INPUT -p sctp -m sctp --sport 5000 --chunk-types all DATA:iUbE,SACK -j ACCEPT
ip6tables-translate -A INPUT -m ah --ahspi 256 --ahlen 4 --ahres -j ACCEPT
ip6tables -A INPUT -m rpfilter --loose -j ACCEPT
ip6tables -t raw -A PREROUTING -m rpfilter --invert -j DROP
ip6tables -t mangle -A PREROUTING -m rpfilter --validmark --accept-local -j ACCEPT
ip6tables -t raw -S PREROUTING
ip6tables -t mangle -L PREROUTING
ip6tables-translate -t raw -A PREROUTING -m rpfilter --invert -j DROP
