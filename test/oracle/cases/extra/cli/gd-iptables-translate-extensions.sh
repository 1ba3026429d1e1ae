iptables-translate -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix "nf: "
iptables-translate -A INPUT -j NFLOG
iptables-translate -A INPUT -j NFQUEUE --queue-num 3
iptables-translate -A INPUT -j NFQUEUE --queue-num 3 --queue-bypass
iptables-translate -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout
iptables-translate -A INPUT -j NFQUEUE
iptables-translate -t mangle -A POSTROUTING -j DSCP --set-dscp 10
iptables-translate -t mangle -A POSTROUTING -j DSCP --set-dscp-class EF
iptables-translate -t mangle -A POSTROUTING -j TTL --ttl-set 64
iptables-translate -t mangle -A POSTROUTING -j TTL --ttl-dec 1
iptables-translate -t mangle -A POSTROUTING -j TOS --set-tos 0x10
iptables-translate -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:10
iptables-translate -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp
iptables-translate -t raw -A PREROUTING -j CT --zone 5
iptables-translate -A INPUT -m conntrack --ctstatus ASSURED -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctproto tcp -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctorigsrc 10.0.0.1 -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctorigdstport 80 --ctproto tcp -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctstate NEW --ctstatus CONFIRMED -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 5/s --hashlimit-mode srcip --hashlimit-name x -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-above 10/min --hashlimit-burst 3 --hashlimit-mode srcip,dstport --hashlimit-name y -j DROP
iptables-translate -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/s -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 0 -j ACCEPT
iptables-translate -A INPUT -p icmp --icmp-type 11 -j ACCEPT
iptables-translate -A INPUT -p tcp --tcp-option 7 -j DROP
iptables-translate -A INPUT -p sctp --dport 99 -j ACCEPT
iptables-translate -A INPUT -p udp -m multiport --sports 1,2 -j ACCEPT
iptables-translate -A INPUT -m time --timestart 09:00 --timestop 17:00 -j ACCEPT
iptables-translate -A INPUT -m string --string foo --algo bm -j DROP
iptables-translate -A INPUT -m statistic --mode random --probability 0.5 -j DROP
iptables-translate -A INPUT -m statistic --mode nth --every 3 --packet 0 -j DROP
iptables-translate -A INPUT -m set --match-set bl src -j DROP
iptables-translate -A INPUT -m physdev --physdev-in eth0 -j DROP
iptables-translate -A INPUT -m connmark --mark 1 -j DROP
iptables-translate -A INPUT -m helper --helper ftp -j ACCEPT
iptables-translate -A INPUT -m devgroup --src-group 1 -j ACCEPT
iptables-translate -A INPUT -m cpu --cpu 1 -j ACCEPT
iptables-translate -A INPUT -m quota --quota 1000 -j ACCEPT
iptables-translate -A INPUT -m dscp --dscp 10 -j ACCEPT
iptables-translate -A INPUT -m tos --tos 0x10 -j ACCEPT
iptables-translate -A INPUT -m ecn --ecn-ip-ect 1 -j ACCEPT
iptables-translate -A INPUT -m rpfilter -j ACCEPT
iptables-translate -A INPUT -m socket --transparent -j ACCEPT
iptables-translate -A INPUT -m cgroup --cgroup 1 -j ACCEPT
iptables-translate -A INPUT -m realm --realm 1 -j ACCEPT
iptables-translate -A INPUT -m ipvs --ipvs -j ACCEPT
iptables-translate -A INPUT -j AUDIT --type accept
iptables-translate -A INPUT -j SET --add-set x src
iptables-translate -A INPUT -j CHECKSUM --checksum-fill
iptables-translate -t nat -A PREROUTING -d 10.0.0.0/24 -j NETMAP --to 10.1.0.0/24
iptables-translate -A INPUT -j SYNPROXY --mss 1460 --wscale 7 --timestamp --sack-perm
iptables-translate -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 3128 --tproxy-mark 1
iptables-translate -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4
iptables-translate -A INPUT -p tcp -m tcpmss --mss 1000:1500 -j DROP
iptables-translate -A INPUT -m udp -p udp --dport 53 -j ACCEPT
iptables-translate -A OUTPUT -m owner --socket-exists -j ACCEPT
iptables-translate -A INPUT -m ah --ahspi 5 -p ah -j ACCEPT
iptables-translate -A INPUT -m esp --espspi 5 -p esp -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1/hour --hashlimit-mode dstip --hashlimit-name a -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 3/day --hashlimit-mode srcip,srcport -p udp --hashlimit-name b -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 20/sec --hashlimit-burst 5 --hashlimit-mode srcip,dstip --hashlimit-name c -j ACCEPT
iptables-translate -A INPUT -p tcp -m hashlimit --hashlimit-above 100/min --hashlimit-mode srcip,srcport,dstip,dstport --hashlimit-name d -j DROP
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 2/min --hashlimit-mode srcip --hashlimit-name e --hashlimit-htable-expire 30000 -j ACCEPT
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 2/min --hashlimit-mode srcip --hashlimit-name f --hashlimit-srcmask 24 -j ACCEPT
iptables-translate -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-cpu-fanout
iptables-translate -A INPUT -j NFQUEUE --queue-num 2 --queue-bypass --queue-cpu-fanout
iptables-translate -A INPUT -m conntrack --ctstatus ASSURED,SEEN_REPLY -j ACCEPT
iptables-translate -A INPUT -m conntrack ! --ctstatus ASSURED -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 --ctrepldst 1.2.3.4 -j ACCEPT
iptables-translate -A INPUT -m conntrack --ctproto udp --ctorigsrcport 1000:2000 -j ACCEPT
iptables-translate -A INPUT -m quota ! --quota 1000 -j ACCEPT
iptables-translate -A INPUT -m statistic --mode random --probability 0.1 -j DROP
iptables-translate -A INPUT -m statistic --mode nth --every 10 --packet 3 -j DROP
iptables-translate -A INPUT -m time --timestart 22:00 -j DROP
iptables-translate -A INPUT -m time --timestart 08:30 --timestop 17:45:30 -j DROP
iptables-translate -A INPUT -m connmark --mark 0x1/0xff -j DROP
iptables-translate -A INPUT -m connmark ! --mark 2 -j DROP
iptables-translate -A INPUT -m dscp ! --dscp 0x2e -j DROP
iptables-translate -A INPUT -m dscp --dscp-class EF -j DROP
iptables-translate -A INPUT -m ecn --ecn-ip-ect 3 -j DROP
iptables-translate -A INPUT -m ecn --ecn-tcp-cwr -p tcp -j DROP
iptables-translate -A INPUT -p ah -m ah --ahspi 1:5 -j ACCEPT
iptables-translate -A INPUT -p esp -m esp ! --espspi 7 -j ACCEPT
iptables-translate -A INPUT -p tcp ! --tcp-option 7 -j DROP
iptables-translate -A INPUT -p sctp --sport 1:2 ! --dport 3 -j ACCEPT
iptables-translate -A INPUT -m rpfilter --invert -j DROP
iptables-translate -A INPUT -m rpfilter --loose -j DROP
iptables-translate -A INPUT -m helper ! --helper sip -j DROP
iptables-translate -A INPUT -m devgroup --dst-group 0x3 -j DROP
iptables-translate -A INPUT -j NFLOG --nflog-group 2 --nflog-size 128
iptables-translate -A INPUT -j NFLOG --nflog-threshold 10
iptables-translate -t mangle -A POSTROUTING -j TOS --set-tos Minimize-Delay
iptables-translate -t mangle -A POSTROUTING -j TOS --and-tos 0x10
iptables-translate -t mangle -A POSTROUTING -j DSCP --set-dscp 0
iptables-translate -A INPUT -j SYNPROXY --mss 1460
iptables-translate -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0
iptables-translate -A INPUT -p tcp -m tcpmss ! --mss 536 -j DROP
iptables-translate -A INPUT -m cpu ! --cpu 0 -j DROP
