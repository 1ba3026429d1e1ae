iptables -j RATEEST -h | sed -n '/RATEEST target/,$p'
iptables -A INPUT -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewmalog 0.5s
iptables -A INPUT -j RATEEST --rateest-name lan --rateest-interval 1s --rateest-ewmalog 8s
iptables -A INPUT -j RATEEST --rateest-name x
iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 3s --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 9s --rateest-ewmalog 100s
iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 8s --rateest-ewmalog 100s
iptables -A INPUT -j RATEEST --rateest-name y --rateest-interval 100 --rateest-ewmalog 1000
iptables -A INPUT -j RATEEST --rateest-name y --rateest-interval 2SEC --rateest-ewmalog 30secs
iptables -A INPUT -j RATEEST --rateest-name z --rateest-interval 1min --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name z --rateest-interval 1s --rateest-ewmalog abc
iptables -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 10s
iptables -A INPUT -j RATEEST --rateest-name w --rateest-ewmalog 10s
iptables -A INPUT -j RATEEST --rateest-name eth0 --rateest-interval 1s --rateest-ewmalog 8s
iptables -A FORWARD -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewmalog 500ms
iptables -A INPUT -j RATEEST --rateest-name w --rateest-interval 500us --rateest-ewmalog 4s
iptables -A INPUT -j RATEEST --rateest-name v --rateest-interval .5 --rateest-ewmalog 1e6
iptables -S
iptables -L -n
iptables -C INPUT -j RATEEST --rateest-name lan --rateest-interval 1000ms --rateest-ewmalog 7s
iptables -D INPUT -j RATEEST --rateest-name lan --rateest-interval 1s --rateest-ewmalog 8s
iptables -S INPUT
