iptables -j CONNSECMARK -h | sed -n '/CONNSECMARK target/,$p'
iptables -j SECMARK -h | sed -n '/SECMARK target/,$p'
iptables -j IDLETIMER -h | sed -n '/IDLETIMER target/,$p'
iptables -t mangle -A INPUT -j CONNSECMARK --save
iptables -t mangle -A OUTPUT -j CONNSECMARK --restore
iptables -t mangle -A INPUT -j CONNSECMARK
iptables -t mangle -A INPUT -j CONNSECMARK --save --restore
iptables -t mangle -A INPUT -j CONNSECMARK --save --save
iptables -t mangle -A INPUT -j CONNSECMARK ! --save
iptables -t filter -A INPUT -j CONNSECMARK --save
iptables -t security -A INPUT -j CONNSECMARK --restore
iptables -t mangle -A INPUT -j SECMARK --selctx system_u:object_r:http_packet_t:s0
iptables -t mangle -A INPUT -j SECMARK
iptables -t security -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -L
iptables -t security -S
iptables -t security -L -n
iptables -A INPUT -j IDLETIMER --timeout 60 --label foo
iptables -A INPUT -j IDLETIMER --timeout 60 --label foo --alarm
iptables -A INPUT -j IDLETIMER --timeout 10
iptables -A INPUT -j IDLETIMER --label bar
iptables -A INPUT -j IDLETIMER --timeout 0 --label z
iptables -A INPUT -j IDLETIMER --timeout -1 --label z
iptables -A INPUT -j IDLETIMER --timeout 4294967295 --label z
iptables -A INPUT -j IDLETIMER --timeout 4294967296 --label z
iptables -A INPUT -j IDLETIMER --timeout abc --label z
iptables -A INPUT -j IDLETIMER --timeout 5 --label 0123456789012345678901234567890
iptables -A INPUT -j IDLETIMER --timeout 5 --label 01234567890123456789012345678
iptables -A OUTPUT -j IDLETIMER --timeout 60 --label foo
iptables -A OUTPUT -j IDLETIMER --timeout 30 --label foo
iptables -t nat -A POSTROUTING -j IDLETIMER --timeout 5 --label nat
iptables -S
iptables -L -n
iptables -L
iptables -C INPUT -j IDLETIMER --timeout 60 --label foo
iptables -D INPUT -j IDLETIMER --timeout 60 --label foo
iptables -S INPUT
iptables -A INPUT -j SECMARK --selctx x
iptables -A INPUT -j IDLETIMER --timeout 2147483 --label big
iptables -A INPUT -j IDLETIMER --timeout 2147482 --label big
iptables -A INPUT -j IDLETIMER --timeout 5 --label ""
iptables -A INPUT -j IDLETIMER --timeout 0x10 --label hex
ip6tables -A INPUT -j IDLETIMER --timeout 7 --label six
ip6tables -t mangle -A INPUT -j CONNSECMARK --save
ip6tables -S; ip6tables -t mangle -S INPUT
iptables-save | grep -i -e IDLETIMER -e SECMARK
