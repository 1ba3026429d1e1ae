# iptables-translate: icmp any stands in for -p icmp, bare esp/ah/dccp print nothing, sctp chunk tests (all/only, flags, !) and dccp types, ipcomp without --compres
iptables-translate -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables-translate -A INPUT -p icmp -m icmp -j ACCEPT
iptables-translate -A INPUT -p icmp ! --icmp-type any
iptables-translate -A INPUT -m icmp --icmp-type any -p icmp
iptables-translate -A INPUT -p esp -m esp
iptables-translate -A INPUT -p esp -m esp ! --espspi 0:4294967295
iptables-translate -A INPUT -p esp -m esp --espspi 0:4294967295
iptables-translate -A INPUT -p ah -m ah --ahspi 0:4294967295
iptables-translate -A INPUT -p ah -m ah ! --ahspi 0:4294967295
iptables-translate -A INPUT -p ah -m esp
iptables-translate -A INPUT -p udp -m udp
iptables-translate -A INPUT -p tcp -m tcp
iptables-translate -A INPUT -p sctp -m sctp
iptables-translate -A INPUT -p dccp -m dccp
iptables-translate -A INPUT -p sctp --chunk-types any DATA:IUBE
iptables-translate -A INPUT -p sctp --chunk-types any DATA:iube
iptables-translate -A INPUT -p sctp --chunk-types all DATA:I
iptables-translate -A INPUT -p sctp ! --chunk-types all DATA
iptables-translate -A INPUT -p sctp --chunk-types any INIT,ABORT
iptables-translate -A INPUT -p sctp --chunk-types only INIT
iptables-translate -A INPUT -p sctp --chunk-types any NONE
iptables-translate -A INPUT -p sctp --chunk-types all NONE
iptables-translate -A INPUT -p sctp --chunk-types only ALL
iptables-translate -A INPUT -p sctp --chunk-types any ABORT:T
iptables-translate -A INPUT -p sctp --sport 5 --chunk-types all SHUTDOWN_COMPLETE:T
iptables-translate -A INPUT -p sctp --chunk-types all DATA:B,DATA:E
iptables-translate -A INPUT -p dccp --dccp-types INVALID
iptables-translate -A INPUT -p dccp --dccp-types REQUEST
iptables-translate -A INPUT -p dccp ! --dccp-types REQUEST,RESPONSE
iptables-translate -A INPUT -p dccp --dccp-option 5
iptables-translate -A INPUT -p dccp --sport 1:2 --dport 5 --dccp-types SYNC
iptables-translate -A INPUT -p dccp ! --sport 1 ! --dport 5:6
iptables-translate -A INPUT -p 108 -m ipcomp --compres
iptables-translate -A INPUT -p 108 -m ipcomp --ipcompspi 5:6 --compres
iptables-translate -A INPUT -p 108 -m ipcomp ! --ipcompspi 5
