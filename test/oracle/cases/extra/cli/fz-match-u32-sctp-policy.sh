# xt_u32 refuses shifts past 31 bits; u32 and sctp/policy/dccp forms in save and -L.
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0x1:0x5,7,0x10:0xff"
iptables -A INPUT -m u32 --u32 "0 >> 22 & 0x3C @ 12 >> 26 & 0x3C @ 0 = 1"
iptables -A INPUT -m u32 --u32 "6&0xFF=6&&0>>22&0x3C@0&0xFFFF=80&&0>>22&0x3C@4=0x1"
iptables -A INPUT -m u32 ! --u32 "0=0"
iptables -A INPUT -m u32 --u32 "0=0:4294967295"
iptables -A INPUT -m u32 --u32 "0=4294967296"
iptables -A INPUT -m u32 --u32 "0>>32=0"
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11"
iptables -A INPUT -m u32 --u32 "0&1&2&3&4&5&6&7&8&9&10&11=1"
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1"
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:B,INIT
iptables -A INPUT -p sctp -m sctp --chunk-types only ABORT:T,SHUTDOWN_COMPLETE:t,DATA:IUBE
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:X
iptables -A INPUT -p sctp -m sctp --chunk-types all INIT:T
iptables -A INPUT -p sctp -m sctp ! --chunk-types any NONE
iptables -A INPUT -p sctp -m sctp --chunk-types all ALL
iptables -A INPUT -p sctp -m sctp --chunk-types all data
iptables -A INPUT -p sctp -m sctp --chunk-types all I_DATA,RE_CONFIG,FORWARD_TSN,ASCONF,ASCONF_ACK,AUTH,PAD,I_FORWARD_TSN
iptables -A INPUT -p sctp -m sctp --chunk-types all HEARTBEAT,HEARTBEAT_ACK,SHUTDOWN,SHUTDOWN_ACK,ERROR,COOKIE_ECHO,COOKIE_ACK,ECN_ECNE,ECN_CWR
iptables -A INPUT -p sctp -m sctp --sport 1:2 ! --dport 3
iptables -A INPUT -m policy --dir out --pol ipsec --strict --reqid 1 --next --spi 2 --next --proto ah --next --mode transport
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next --spi 2 --next --proto ah --next --mode transport --next --reqid 3
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --next
iptables -A INPUT -m policy --dir in --pol ipsec --reqid 1 --reqid 2
iptables -A OUTPUT -m policy --dir out --pol ipsec --strict ! --reqid 1 ! --spi 0x10 ! --proto esp ! --mode tunnel ! --tunnel-src 1.2.3.4/24 ! --tunnel-dst 5.6.7.8
iptables -A OUTPUT -m policy --dir out --pol none --reqid 5
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID
iptables -A INPUT -p dccp -m dccp --dccp-types FOO
iptables -A INPUT -p dccp -m dccp --sport ssh:http ! --dport 5

iptables -L -n
iptables -A INPUT -m u32 --u32 "0>>31=0"
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@4>>33=1"
iptables -A INPUT -m u32 --u32 "0>>32=0"

iptables -S
