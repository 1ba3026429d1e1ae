iptables -A INPUT -p udp --sport zz:bb:cc
iptables -A INPUT -p udp --sport 22:zz:cc
iptables -A INPUT -p udp --sport 22:80:zz
iptables -A INPUT -p udp --sport 22:80:90
iptables -A INPUT -p tcp --dport ::
iptables -A INPUT -p tcp --dport zz:
iptables -A INPUT -p tcp --dport :zz:1
iptables -A INPUT -m length --length x:1:2
iptables -A INPUT -m length --length 1:x:2
iptables -A INPUT -m length --length 1:2:x
iptables -A INPUT -m connbytes --connbytes x:1:2 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -p tcp -m tcpmss --mss x:1:2
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@ 12>>26&0x3C@ 0=0x0:0x1:0x2"
iptables -A INPUT -p udp -m multiport --sports zz:bb:cc
iptables -S
