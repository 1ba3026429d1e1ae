iptables -j ULOG -h | sed -n '/ULOG/,$p'
iptables -A INPUT -j ULOG
iptables -A INPUT -j ULOG --ulog-nlgroup 2 --ulog-prefix "fw: " --ulog-cprange 100 --ulog-qthreshold 10
iptables -A INPUT -j ULOG --ulog-nlgroup 0
iptables -A INPUT -j ULOG --ulog-nlgroup 33
iptables -A INPUT -j ULOG --ulog-qthreshold 51
iptables -A INPUT -j ULOG --ulog-prefix 0123456789012345678901234567890123
iptables -A INPUT -j ULOG --bogus
iptables -A INPUT -j ULOG --ulog-nlgroup 1 --ulog-nlgroup 2
iptables -C INPUT -j ULOG
iptables -D INPUT -j ULOG
iptables -t nat -A POSTROUTING -j ULOG
iptables -j LED -h | sed -n '/LED/,$p'
iptables -A INPUT -j LED --led-trigger-id ssh
iptables -A INPUT -j LED
iptables -A INPUT -j LED --led-trigger-id ssh --led-delay inf --led-always-blink
iptables -j CLUSTERIP -h | sed -n '/CLUSTERIP/,$p'
iptables -A INPUT -d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1
iptables -A INPUT -j CLUSTERIP --new
iptables -A INPUT -j CLUSTERIP
iptables -S
ip6tables -A INPUT -j ULOG
