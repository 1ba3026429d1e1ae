# rate estimators belong to the namespace: a rateest rule finds a RATEEST estimator of another
# table, and rateest rules keep an estimator alive once its RATEEST rule is gone (man page example).
iptables -t mangle -A FORWARD -o eth0 -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewma 0.5s
iptables -t mangle -A FORWARD -o ppp0 -j RATEEST --rateest-name ppp0 --rateest-interval 250ms --rateest-ewma 0.5s
iptables -t mangle -A PREROUTING -m rateest --rateest-delta --rateest1 eth0 --rateest-bps1 2.5mbit --rateest-gt --rateest2 ppp0 --rateest-bps2 2mbit -j CONNMARK --set-mark 1
iptables -t mangle -A PREROUTING -m rateest --rateest-delta --rateest1 ppp0 --rateest-bps1 2mbit --rateest-gt --rateest2 eth0 --rateest-bps2 2.5mbit -j CONNMARK --set-mark 2
iptables -t mangle -A PREROUTING -m rateest --rateest eth0 --rateest-bps 2.5mbit --rateest-lt -j CONNMARK --set-mark 3
iptables -t mangle -S
iptables -t mangle -L -v
iptables -A FORWARD -m rateest --rateest eth0 --rateest-pps 10 --rateest-gt
iptables -t mangle -D FORWARD 1
iptables -t mangle -A INPUT -m rateest --rateest eth0 --rateest-pps 10 --rateest-gt
iptables -t mangle -F
iptables -t mangle -A INPUT -m rateest --rateest eth0 --rateest-pps 10 --rateest-gt
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name shared --rateest-interval 250ms --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name shared --rateest-interval 1s --rateest-ewmalog 4s
iptables -A INPUT -j RATEEST --rateest-name shared --rateest-interval 250ms --rateest-ewmalog 1s
iptables -t raw -A PREROUTING -j RATEEST --rateest-name shared --rateest-interval 250ms --rateest-ewmalog 2s
iptables -S
iptables -t mangle -S
