# Values the parsers accept but the kernel's checkentry refuses, and the parser checks that
# come first: owner ranges, empty string patterns, tcpmss ranges, policy tunnel addresses,
# connbytes "! a:a", u32 and an empty ah match.
iptables -N fz
iptables -A fz -m owner --uid-owner 5-1 -j DROP
iptables -A OUTPUT -m owner --gid-owner 100-50 -j DROP
iptables -A OUTPUT -m owner --uid-owner 50-100 --gid-owner 7-7 -j DROP
iptables -A OUTPUT -m string --algo bm --string "" -j DROP
iptables -A OUTPUT -m string --algo kmp --string abc --from 100 --to 50 -j DROP
iptables -A OUTPUT -m string --algo kmp --string abc --from 50 --to 50 -j DROP
iptables -A INPUT -p udp -m tcpmss --mss 5:1
iptables -A INPUT -p tcp -m tcpmss --mss 1:5
iptables -A INPUT -m policy --dir in --pol ipsec ! --tunnel-src 198.51.100.0/25 --tunnel-dst 10.0.0.0/8
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 198.51.100.0/25 --mode transport
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 198.51.100.0/25 ! --mode transport
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 198.51.100.0/25 --mode tunnel
iptables -A OUTPUT -m connbytes ! --connbytes 0:0 --connbytes-dir both --connbytes-mode packets -j LOG
iptables -A OUTPUT -m connbytes ! --connbytes 7:7 --connbytes-dir reply --connbytes-mode bytes
iptables -A OUTPUT -m connbytes ! --connbytes 7 --connbytes-dir reply --connbytes-mode bytes
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@0>>16=80" -m u32 -j RETURN
iptables -A INPUT -m u32
iptables -A INPUT -p ah -m ah
iptables -A INPUT -p ah -m ah --ahspi 0xff -m ah -j RETURN
iptables -A INPUT -p esp -m esp -m esp --espspi 3
iptables -S
iptables -L -n -v
iptables -L
iptables -C OUTPUT -m connbytes ! --connbytes 0:0 --connbytes-dir both --connbytes-mode packets -j LOG
