# ULOG, LED and CLUSTERIP load but the kernel refuses them: only the -v echo shows their print form
iptables -v -A INPUT -j ULOG --ulog-prefix "a b" --ulog-nlgroup 32 --ulog-cprange 4294967297 --ulog-qthreshold 50
iptables -v -A INPUT -j ULOG
iptables -v -A INPUT -j ULOG --ulog-cprange 0x10 --ulog-qthreshold 010
iptables -v -A INPUT -j ULOG --ulog-cprange 18446744073709551615
iptables -v -A INPUT -j ULOG --ulog-prefix abcdefghijklmnopqrstuvwxyzabcdefghijkl
iptables-legacy -v -A INPUT -j LED --led-trigger-id 'a"b\c' --led-delay 4294967294
iptables-legacy -v -A INPUT -j LED --led-trigger-id x --led-delay INFINITE
iptables-legacy -v -A INPUT -j LED --led-trigger-id x --led-delay 0x10
iptables -v -A INPUT -j LED --led-trigger-id x --led-delay 2147483648
iptables -v -A INPUT -j CLUSTERIP
iptables -v -A INPUT -d 10.0.0.5 -j CLUSTERIP --new --hashmode sourceip-sourceport-destport --clustermac 1:a:bc:0:0:ff --total-nodes 16 --local-node 0x3 --hash-init 4294967295
iptables-legacy -v -A INPUT -d 10.0.0.5 -j CLUSTERIP --new --hashmode sourceip-sourceport --clustermac 03:00:5e:00:00:20 --total-nodes 2 --local-node 2 --hash-init 010
ip6tables -v -A INPUT -j LED --led-trigger-id x --led-always-blink
