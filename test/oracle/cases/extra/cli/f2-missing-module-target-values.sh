# LED, CLUSTERIP and ULOG have no kernel module here, but their libxtables parsers still check
# values (LED trigger id length and delay, CLUSTERIP MAC/hashmode/node numbers and its all-or-
# nothing option set, ULOG's u64 cprange, empty or multi-line prefix) before the kernel's ENOENT.
iptables -A INPUT -j LED --led-trigger-id 0123456789abcdefg
iptables -A INPUT -j LED --led-trigger-id ""
iptables -A INPUT -j LED --led-trigger-id x --led-delay 4294967296
iptables -A INPUT -j LED --led-trigger-id x --led-delay -1
iptables -A INPUT -j LED --led-trigger-id x --led-delay inf
iptables -A INPUT -j LED --led-trigger-id x --led-delay ""
iptables -A INPUT -j LED --led-delay abc
iptables -A INPUT -j LED ! --led-delay 5 --led-trigger-id x
iptables -A INPUT -j LED --led-trigger-id x --led-trigger-id y
iptables -A INPUT -j CLUSTERIP --clustermac -1
iptables -A INPUT -j CLUSTERIP --clustermac 01:00:5e:00:00:01
iptables -A INPUT -j CLUSTERIP --new --clustermac 00:00:5e:00:00:01
iptables -A INPUT -j CLUSTERIP --new --clustermac 01:00:5e:00:00
iptables -A INPUT -j CLUSTERIP --new --clustermac 01-00-5e-00-00-01
iptables -A INPUT -j CLUSTERIP --new --clustermac 01:00:5e:00:00:01:02
iptables -A INPUT -j CLUSTERIP --new --hashmode foo
iptables -A INPUT -j CLUSTERIP --hashmode sourceip
iptables -A INPUT -j CLUSTERIP --new --total-nodes 17
iptables -A INPUT -j CLUSTERIP --new --total-nodes 0
iptables -A INPUT -j CLUSTERIP --new --local-node 17
iptables -A INPUT -j CLUSTERIP --total-nodes 2
iptables -A INPUT -j CLUSTERIP --new --hash-init 4294967296
iptables -A INPUT -j CLUSTERIP --new --hash-init -1
iptables -A INPUT -j CLUSTERIP --hash-init 5
iptables -A INPUT -j CLUSTERIP ! --new
iptables -A INPUT -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:01 --total-nodes 2 --local-node 1 --hash-init 7
iptables -A INPUT -j ULOG --ulog-nlgroup 256
iptables -A INPUT -j ULOG --ulog-cprange 18446744073709551615
iptables -A INPUT -j ULOG --ulog-cprange 18446744073709551616
iptables -A INPUT -j ULOG --ulog-cprange 4294967296
iptables -A INPUT -j ULOG --ulog-qthreshold 51
iptables -A INPUT -j ULOG --ulog-prefix ""
iptables -A INPUT -j ULOG --ulog-prefix $'a\nb'
iptables -A INPUT -j ULOG --ulog-prefix 012345678901234567890123456789012
iptables -A INPUT -j ULOG ! --ulog-prefix x
iptables -A INPUT -j CLUSTERIP --new --clustermac 01::5e:00:00:01
iptables -A INPUT -j CLUSTERIP --new --clustermac +1:0:5e:0:0:1
iptables -A INPUT -j CLUSTERIP --new --clustermac 0x1:0:5e:0:0:1
iptables -A INPUT -j CLUSTERIP --new --clustermac -1:0:5e:0:0:1
iptables -A INPUT -j CLUSTERIP --new --clustermac 01:00:5e:00:00:
iptables -A INPUT -j CLUSTERIP --new --clustermac :::::
iptables -A INPUT -j CLUSTERIP --new --clustermac 03:00:5e:00:00:01 --hashmode sourceip-sourceport --total-nodes 0x10 --local-node 010 --hash-init 0xffffffff
