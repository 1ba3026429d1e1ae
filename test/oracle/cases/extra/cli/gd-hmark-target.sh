iptables -j HMARK -h | sed -n '/HMARK target/,$p'
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport --hmark-mod 2 --hmark-offset 100 --hmark-rnd 0x1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-rnd 0xfeedcafe
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 4
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 4
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,proto --hmark-mod 4 --hmark-rnd 5
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct,src,dst --hmark-mod 4 --hmark-rnd 5
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-mod 4
iptables -t mangle -A PREROUTING -j HMARK --hmark-sport-mask 0xff00 --hmark-dport-mask 0x00ff --hmark-proto-mask 0x0f --hmark-spi-mask 0xffff --hmark-mod 4 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,foo --hmark-mod 4
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 0
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-mod 2
iptables -A INPUT -j HMARK --hmark-tuple src --hmark-mod 2
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING
iptables -t mangle -L PREROUTING -n
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 4 --hmark-src-prefix 64
ip6tables -t mangle -S PREROUTING
ip6tables -t mangle -L PREROUTING
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-tuple src --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-src-prefix 24 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple SR,Dst,sp,dp,spi --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple spi,proto --hmark-mod 3 --hmark-rnd 1 --hmark-spi 5 --hmark-offset 7
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-sport 80 --hmark-spi 5 --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src, --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ,src --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple "" --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-sport-mask 65536 --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-dport 0x50 --hmark-dst-prefix 8 --hmark-mod 3 --hmark-rnd 4294967295 --hmark-offset 4294967295
iptables -t mangle -A PREROUTING -j HMARK ! --hmark-mod 3 --hmark-rnd 1 --hmark-tuple src
iptables -A FORWARD -j HMARK --hmark-tuple dst --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING -n
iptables -S FORWARD
iptables -t mangle -C PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-rnd 0xfeedcafe
iptables -t mangle -S PREROUTING 2
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 64 --hmark-tuple dst --hmark-mod 4 --hmark-rnd 9
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 129 --hmark-mod 4 --hmark-rnd 9
ip6tables -t mangle -S PREROUTING
ip6tables -t mangle -L PREROUTING
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 129 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255.255.0.0 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 128 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 0 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix x --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -C PREROUTING -j HMARK --hmark-tuple src --hmark-mod 2 --hmark-rnd 1
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix ffff:ffff:: --hmark-mod 2 --hmark-rnd 1
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 0 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 200 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255 --hmark-mod 2 --hmark-rnd 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 256 --hmark-mod 2 --hmark-rnd 3
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 4294967296 --hmark-mod 2 --hmark-rnd 3
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-mod 2 --hmark-rnd 4
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255.0.255.0 --hmark-mod 2 --hmark-rnd 5
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix -1 --hmark-mod 2 --hmark-rnd 5
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 34 --hmark-mod 2 --hmark-rnd 4
iptables -t mangle -C PREROUTING -j HMARK --hmark-tuple src --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 128 --hmark-mod 2 --hmark-rnd 2
iptables -t mangle -S PREROUTING
ip6tables -t mangle -S PREROUTING
ip6tables -t mangle -L PREROUTING
iptables -t mangle -F
ip6tables -t mangle -F
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-rnd 0xfeedcafe
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-mod 2 --hmark-rnd 4
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-rnd 0xfeedcafe --hmark-mod 10
iptables -t mangle -C PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-rnd 0xfeedcafe
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-mod 2 --hmark-rnd 4
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 34 --hmark-mod 2 --hmark-rnd 4
iptables -t mangle -D PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-rnd 0xfeedcafe --hmark-mod 10
iptables -t mangle -D PREROUTING -j HMARK --hmark-src-prefix 128 --hmark-dst-prefix 100 --hmark-rnd 0xfeedcafe --hmark-mod 10
iptables -t mangle -S PREROUTING
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 10 --hmark-rnd 1
ip6tables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 128 --hmark-mod 10 --hmark-rnd 1
