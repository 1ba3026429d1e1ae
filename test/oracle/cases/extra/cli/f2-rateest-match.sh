# -m rateest: estimators come from RATEEST rules (ENOENT without one, EINVAL without a rate
# type or lt/gt/eq); rates are bytes/s (bits/8, cut), listed as bit/Kbit/Mbit or numbers with -n;
# -C compares the raw values the save text rounds.
iptables -m rateest -h
iptables -A FORWARD -m rateest --rateest foo --rateest-bps 100 --rateest-gt
iptables -A INPUT -j RATEEST --rateest-name foo --rateest-interval 250ms --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name bar --rateest-interval 1s --rateest-ewmalog 4s
iptables -A FORWARD -m rateest --rateest foo --rateest-bps 100 --rateest-gt
iptables -A FORWARD -m rateest --rateest foo --rateest-bps 12345678kbit ! --rateest-eq
iptables -A FORWARD -m rateest --rateest foo --rateest-pps --rateest-lt
iptables -A FORWARD -m rateest --rateest foo --rateest-bps 800 --rateest-pps 5 --rateest-lt
iptables -A FORWARD -m rateest --rateest-delta --rateest foo --rateest-bps1 1000 --rateest-bps2 2000 --rateest-gt
iptables -A FORWARD -m rateest --rateest1 foo --rateest-pps1 --rateest2 bar --rateest-pps2 --rateest-gt
iptables -A FORWARD -m rateest --rateest-delta --rateest1 foo --rateest-bps1 1kbit --rateest2 bar --rateest-bps2 3kbit --rateest-eq
iptables -A FORWARD -m rateest --rateest-delta --rateest1 foo --rateest-pps1 10 --rateest2 bar --rateest-pps2 20 ! --rateest-lt
iptables -A FORWARD -m rateest --rateest foo --rateest-bps 1 --rateest-gt --rateest-lt -j ACCEPT
iptables -L FORWARD
iptables -L FORWARD -n
iptables -S FORWARD
iptables -C FORWARD -m rateest --rateest foo --rateest-bps 100 --rateest-gt
iptables -C FORWARD -m rateest --rateest foo --rateest-bps 800bit --rateest-gt
iptables -A FORWARD -m rateest --rateest nosuch --rateest-bps 1 --rateest-gt
iptables -A FORWARD -m rateest --rateest foo --rateest-bps 1
iptables -A FORWARD -m rateest --rateest2 foo --rateest-bps --rateest-gt
iptables -A FORWARD -m rateest
