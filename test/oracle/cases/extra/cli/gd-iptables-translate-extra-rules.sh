iptables-translate -A INPUT -i eth* -j ACCEPT
iptables-translate -A INPUT -j LOG --log-level 7 --log-ip-options --log-tcp-sequence --log-tcp-options --log-uid --log-macdecode
iptables-translate -A INPUT -j LOG --log-macdecode
iptables-translate -A INPUT -j QUEUE
iptables-translate -A INPUT -m addrtype --dst-type UNICAST,MULTICAST,ANYCAST,UNREACHABLE,PROHIBIT,BLACKHOLE,THROW,NAT,XRESOLVE,UNSPEC -j ACCEPT
iptables-translate -A INPUT -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables-translate -A INPUT -m conntrack ! --ctexpire 5:10 -j ACCEPT
iptables-translate -A INPUT -m conntrack ! --ctorigsrc 10.0.0.1 -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctexpire 100 -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctexpire 10:100 -j ACCEPT
iptables-translate -A INPUT -m ipcomp --ipcompspi 5 -j ACCEPT
iptables-translate -A INPUT -m policy --dir in --pol none -j ACCEPT
iptables-translate -A INPUT -m time --datestart 2024-01-01T00:00:00 --datestop 2025-01-01 -j ACCEPT
iptables-translate -A INPUT -m time --timestart 22:00 --timestop 06:00 --kerneltz -j ACCEPT
iptables-translate -A INPUT -m time --weekdays "Su"
iptables-translate -A INPUT -m time --weekdays "Tue,Mo"
iptables-translate -A INPUT -m time --weekdays Mon,Tue,Wed -j ACCEPT
iptables-translate -A FORWARD -g T
iptables-translate -A INPUT ! -f -j ACCEPT
iptables-translate -A INPUT ! -s 10.0.0.0/0 -j ACCEPT
iptables-translate -A INPUT -b -j ACCEPT
iptables-translate -A INPUT -i ! eth0 -j ACCEPT
iptables-translate -A INPUT -j
iptables-translate -A INPUT -j DROP -j ACCEPT
iptables-translate -A INPUT -j IDLETIMER --timeout 60 --label foo
iptables-translate -A INPUT -j LOG --log-level crit
iptables-translate -A INPUT -j LOG --log-uid --log-tcp-options
iptables-translate -A INPUT -j OLD
iptables-translate -A INPUT -j RATEEST --rateest-name y --rateest-interval 100 --rateest-ewmalog 1000
iptables-translate -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables-translate -A INPUT -j ULOG --bogus
iptables-translate -A INPUT -j-foo
iptables-translate -A INPUT -m comment --comm hi -j ACCEPT
iptables-translate -A INPUT -m comment --comment 'tab	here' -j ACCEPT
iptables-translate -A INPUT -m connlimit --connlimit-mask 24x --connlimit-above 2
iptables-translate -A INPUT -m conntrack --ctorigdst "a,b"
iptables-translate -A INPUT -m conntrack --ctorigsrc 10.0.0.0/1.2.3
iptables-translate -A INPUT -m conntrack --ctstate BOGUS -j ACCEPT
iptables-translate -A INPUT -m cpu --cpu 0 -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 38 --hashlimit-name z
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-name b --hashlimit-rate-interval 5
iptables-translate -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.1 -j ACCEPT
iptables-translate -A INPUT -m ipvs --vmethod gate
iptables-translate -A INPUT -m length --length 64 -j ACCEPT
iptables-translate -A INPUT -m limit --limit 1/year -j ACCEPT
iptables-translate -A INPUT -m limit --limit 7/hour -j ACCEPT
iptables-translate -A INPUT -m mark -j ACCEPT
iptables-translate -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.0.0.0/40
iptables-translate -A INPUT -m recent --name b --update --seconds 60 --hitcount 300 --rttl
iptables-translate -A INPUT -m recent --set
iptables-translate -A INPUT -m state --state BOGUS -j ACCEPT
iptables-translate -A INPUT -m statistic --mode random --probability 0.00001 -j ACCEPT
iptables-translate -A INPUT -m string --string "it's" --algo kmp -j DROP
iptables-translate -A INPUT -m time --monthdays "1x"
iptables-translate -A INPUT -m time --weekdays "Mon,"
iptables-translate -A INPUT -m ttl --ttl-gt 200 -j ACCEPT
