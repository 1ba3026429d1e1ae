iptables -t mangle -A POSTROUTING -o eth0 -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewma 0.5s
iptables -t mangle -A POSTROUTING -o ppp0 -j RATEEST --rateest-name ppp0 --rateest-interval 250ms --rateest-ewma 0.5s
iptables -t mangle -N balance
iptables -t mangle -A balance -m conntrack --ctstate NEW -m helper --helper ftp -m rateest --rateest-delta --rateest1 eth0 --rateest-bps1 2.5mbit --rateest-gt --rateest2 ppp0 --rateest-bps2 2mbit -j CONNMARK --set-mark 1
iptables -t mangle -A balance -m conntrack --ctstate NEW -m helper --helper ftp -m rateest --rateest-delta --rateest1 ppp0 --rateest-bps1 2mbit --rateest-gt --rateest2 eth0 --rateest-bps2 2.5mbit -j CONNMARK --set-mark 2
iptables -t mangle -A balance -j CONNMARK --restore-mark
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-lt --rateest-bps 1Mbit -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 ! --rateest-gt --rateest-pps 100 -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-eq --rateest-bps 1MiBps -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-eq --rateest-bps 12345bit -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-eq --rateest-bps 1tbit -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-eq --rateest-bps 1Gbps -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-eq --rateest-bps 100KiBps -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-eq --rateest-bps 1furlong -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest1 eth0 --rateest2 ppp0 --rateest-lt --rateest-bps -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest1 eth0 --rateest2 ppp0 --rateest-gt --rateest-pps -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest-delta --rateest eth0 --rateest-pps1 10 --rateest-lt --rateest-pps2 5 -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest eth0 --rateest-bps 100 -j ACCEPT
iptables -t mangle -A balance -m rateest --rateest nonexist --rateest-lt --rateest-bps 100 -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L balance
iptables -t mangle -L -n -v
iptables-save -t mangle | grep -v '^#'
iptables-translate -t mangle -A POSTROUTING -o eth0 -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewma 0.5s
iptables-translate -t mangle -A balance -m rateest --rateest eth0 --rateest-lt --rateest-bps 1Mbit -j ACCEPT
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewma 8s
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name y --rateest-interval 4 --rateest-ewma 30
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name z --rateest-interval 100us --rateest-ewma 1s
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name z2 --rateest-interval 8s --rateest-ewma 1s
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-name w --rateest-interval 1s
iptables -t mangle -A POSTROUTING -j RATEEST --rateest-interval 1s --rateest-ewma 8s
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING -n
iptables -F
iptables -A INPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none -j DROP
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x100 --proto esp --mode tunnel --tunnel-src 10.0.0.1 --tunnel-dst 10.0.0.2/24 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto esp --next --proto ah --mode transport -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec ! --reqid 5 ! --spi 7 ! --proto ipcomp ! --mode transport -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto 50 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none --strict -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --next --proto esp -j ACCEPT
iptables -A INPUT -m policy --dir out --pol ipsec -j ACCEPT
iptables -A OUTPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir sideways --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir in --pol maybe -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto udp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel ! --tunnel-src 10.1.0.0/16 -j ACCEPT
iptables -A FORWARD -m policy --dir out --pol ipsec --mode tunnel --tunnel-dst 192.0.2.1 -j ACCEPT
iptables -S
iptables -L
iptables -L -n -v
iptables-translate -A INPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables-translate -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x100 --proto esp --mode tunnel --tunnel-src 10.0.0.1 --tunnel-dst 10.0.0.2/24 -j ACCEPT
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::1/64 --proto esp -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT
iptables -F
iptables -A INPUT -m realm --realm 10 -j ACCEPT
iptables -A INPUT -m realm ! --realm 0x10/0xff -j ACCEPT
iptables -A INPUT -m realm --realm 010 -j ACCEPT
iptables -A INPUT -m realm --realm 4294967295/0xffff0000 -j ACCEPT
iptables -A INPUT -m realm --realm cosmos -j ACCEPT
iptables -A INPUT -m realm --realm 0 -j ACCEPT
iptables -A INPUT -m realm --realm 4294967296 -j ACCEPT
iptables -A INPUT -m realm --realm bogusrealm -j ACCEPT
iptables -A INPUT -m realm --realm 5/ -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
ip6tables -A INPUT -m realm --realm 10 -j ACCEPT
iptables-translate -A INPUT -m realm ! --realm 0x10/0xff -j ACCEPT
