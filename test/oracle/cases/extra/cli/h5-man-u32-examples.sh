iptables -A INPUT -m u32 --u32 "0 & 0xFFFF = 0x100:0xFFFF" -j ACCEPT
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 1 && 4 & 0x3FFF = 0 && 0 >> 22 & 0x3C @ 0 >> 24 = 0" -j ACCEPT
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 6 && 0 >> 22 & 0x3C @ 12 >> 26 & 0x3C @ 8 = 1,2,5,8" -j ACCEPT
iptables -A INPUT -m u32 ! --u32 "6&0xFF=17" -j DROP
iptables -A INPUT -m u32 --u32 "0&0xFFFF=0x100:0xFFFF" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 >> 2 = 4" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0x10 = 010" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&&0=2&&0=3&&0=4&&0=5&&0=6&&0=7&&0=8&&0=9&&0=10" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&&0=2&&0=3&&0=4&&0=5&&0=6&&0=7&&0=8&&0=9&&0=10&&0=11" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0&1&2&3&4&5&6&7&8&9=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0&1&2&3&4&5&6&7&8&9&10=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 = 4294967295" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 = 4294967296" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 = 5:1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 =" -j ACCEPT
iptables -A INPUT -m u32 --u32 "= 1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 & = 1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 ^ 1 = 1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 = 1 &&" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 = 1 & 0 = 2" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 = 1 2" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0 >> 33 = 1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "@ 4 = 1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "" -j ACCEPT
iptables -A INPUT -m u32 --u32 " 0 = 1 " -j ACCEPT
iptables -A INPUT -m u32 --u32 "0x0=0x0:0xffffffff" -j ACCEPT
iptables -A INPUT -p tcp -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0x47455420" -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save | grep -v '^#'
iptables-translate -A INPUT -m u32 --u32 "0 & 0xFFFF = 0x100:0xFFFF" -j ACCEPT
iptables-translate -A INPUT -m u32 ! --u32 "6&0xFF=17" -j DROP
ip6tables -A INPUT -m u32 --u32 "0 >> 28 = 6" -j ACCEPT
ip6tables -A INPUT -m u32 --u32 "4 & 0xFF00 = 0x1100" -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT -n
iptables -C INPUT -m u32 --u32 "0&0xFFFF=0x100:0xFFFF" -j ACCEPT
iptables -C INPUT -m u32 --u32 "0 & 0xFFFF = 256:65535" -j ACCEPT
iptables -D INPUT -m u32 --u32 "0=0x1,2,0x3,4,5,6,7,8,9,0xa" -j ACCEPT
iptables -S INPUT
