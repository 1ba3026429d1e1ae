iptables -A INPUT -i eth0 -j IDLETIMER --timeout 60 --label eth0idle
iptables -A INPUT -j IDLETIMER --timeout 0 --label zero
iptables -A INPUT -j IDLETIMER --timeout 4294967295 --label big
iptables -A INPUT -j IDLETIMER --timeout 10 --label abcdefghijklmnopqrstuvwxyz0
iptables -A INPUT -j IDLETIMER --timeout 10 --label abcdefghijklmnopqrstuvwxyz01
iptables -A INPUT -j IDLETIMER --timeout 10 --label a --alarm
iptables -A INPUT -j IDLETIMER --label nolimit
iptables -A INPUT -j IDLETIMER --timeout 5
iptables -A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh
iptables -A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh2 --led-delay 100
iptables -A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh3 --led-delay inf --led-always-blink
iptables -A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh4 --led-delay 0
iptables -A INPUT -p tcp --dport 22 -j LED --led-delay 10
iptables -A INPUT -p tcp --dport 22 -j LED --led-trigger-id abcdefghijklmnopqrstuvwxyz
iptables -A INPUT -j NFLOG
iptables -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix "rpfilter drop"
iptables -A INPUT -j NFLOG --nflog-group 65535 --nflog-size 128 --nflog-threshold 10
iptables -A INPUT -j NFLOG --nflog-group 65536
iptables -A INPUT -j NFLOG --nflog-range 256
iptables -A INPUT -j NFLOG --nflog-size 0
iptables -A INPUT -j NFLOG --nflog-threshold 0
iptables -A INPUT -j NFLOG --nflog-prefix aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -A INPUT -j NFLOG --nflog-prefix ""
iptables -A INPUT -j NFLOG --nflog-group 1 --nflog-group 2
iptables -A INPUT -j NFQUEUE
iptables -A INPUT -j NFQUEUE --queue-num 0
iptables -A INPUT -j NFQUEUE --queue-num 65535 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-balance 2:2
iptables -A INPUT -j NFQUEUE --queue-balance 4:1
iptables -A INPUT -j NFQUEUE --queue-balance 0:65535
iptables -A INPUT -j NFQUEUE --queue-balance 1:65535
iptables -A INPUT -j NFQUEUE --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-num 3 --queue-balance 1:2
iptables -A INPUT -j NFQUEUE --queue-num 65536
iptables -A INPUT -j NFQUEUE --queue-bypass --queue-num 7
iptables -A INPUT -j NFQUEUE --queue-balance 5
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save | grep -v '^#'
iptables-translate -A INPUT -j NFLOG --nflog-group 5 --nflog-prefix "rpfilter drop"
iptables-translate -A INPUT -j NFLOG --nflog-group 65535 --nflog-size 128 --nflog-threshold 10
iptables-translate -A INPUT -j NFLOG --nflog-range 256
iptables-translate -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout --queue-bypass
iptables-translate -A INPUT -j NFQUEUE --queue-num 65535 --queue-bypass
iptables-translate -A INPUT -j NFQUEUE --queue-balance 2:2
iptables-translate -A INPUT -i eth0 -j IDLETIMER --timeout 60 --label eth0idle
iptables-translate -A INPUT -p tcp --dport 22 -j LED --led-trigger-id ssh3 --led-delay inf --led-always-blink
iptables -F INPUT
iptables -t nat -A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.0/24
iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -j NETMAP --to 10.0.0.0/24
iptables -t nat -A PREROUTING -j NETMAP --to 10.1.2.3
iptables -t nat -A PREROUTING -j NETMAP --to 10.1.2.3/255.255.0.0
iptables -t nat -A PREROUTING -j NETMAP --to 10.1.2.3/255.0.255.0
iptables -t nat -A PREROUTING -j NETMAP --to 10.1.2.3/0
iptables -t nat -A PREROUTING -j NETMAP --to 10.1.2.3/33
iptables -t nat -A PREROUTING -j NETMAP --to 10.1.2.0-10.1.2.255
iptables -t nat -A PREROUTING -j NETMAP
iptables -t nat -A PREROUTING -j NETMAP --to localhost
iptables -t nat -A INPUT -j NETMAP --to 10.0.0.0/8
iptables -A INPUT -j NETMAP --to 10.0.0.0/8
iptables -t nat -S
iptables -t nat -L -n
iptables -t nat -L
iptables-translate -t nat -A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.0/24
ip6tables -t nat -A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to 2001:db8:2::/64
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8:2::1
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::/ffff:ffff::
ip6tables -t nat -S
ip6tables -t nat -L
ip6tables-translate -t nat -A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to 2001:db8:2::/64
