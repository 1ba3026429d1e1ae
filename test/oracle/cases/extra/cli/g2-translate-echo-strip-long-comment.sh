# iptables-translate: the echoed command shows TCPOPTSTRIP's argument cut at its first comma (strtok in place), and comments of 254+ bytes lose their end and closing quote (256-byte buffer)
iptables-translate -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,sack
iptables-translate -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 4,8 --strip-options 9,10
iptables-translate -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip 2,3
iptables-translate -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options=2,3
iptables-translate -t mangle -A POSTROUTING -p tcp -m time --monthdays 1,2 -m conntrack --ctstate NEW,ESTABLISHED -m state --state NEW,INVALID -j TCPOPTSTRIP --strip-options 2,3
iptables-translate -A INPUT -m time --monthdays 1,2 --weekdays Mon,Tue -p tcp --tcp-flags SYN,ACK SYN,ACK -m multiport --dports 1,2 -s 1.1.1.1,2.2.2.2 -m addrtype --src-type LOCAL,UNICAST
iptables-translate -A INPUT -m time --monthdays 1,2 -m hashlimit --hashlimit-upto 1/s --hashlimit-mode srcip,dstip --hashlimit-name a -m set --match-set foo src,dst -p sctp --chunk-types all DATA,INIT -m connlimit --connlimit-above 1
iptables-translate -A INPUT -m time --monthdays 1,2 -j LOG --log-prefix a,b
iptables-translate -A INPUT -m time --monthdays 1,2 -p dccp --dccp-types REQUEST,DATA
ip6tables-translate -A INPUT -m time --monthdays 1,2 -m ipv6header --header frag,hop
iptables-translate -A INPUT -m time --monthdays 1,2 -m comment --comment a,b -j NFQUEUE --queue-balance 1:2
iptables-translate -A INPUT -m time --monthdays 1,2 -m u32 --u32 "0=1,2"
iptables-translate -A INPUT -m time --monthdays 1,2 -m recent --name a,b --set
iptables-translate -A INPUT -m time --monthdays 1,2 -m connlabel --label 1
iptables-translate -A INPUT -m comment --comment "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
iptables-translate -A INPUT -m comment --comment "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
iptables-translate -A INPUT -m comment --comment "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" -j ACCEPT
iptables-translate -A INPUT -m comment --comment "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
iptables-translate -A INPUT -m comment --comment "aééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
