# -m rateest option words: a rate after --rateest-bps*/--rateest-pps* is taken only when the next
# word starts with neither '-' nor '!'; each option refuses '!' and repeats in its own words.
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name m --rateest-interval 250ms --rateest-ewmalog 1s
iptables -t mangle -A FORWARD -m rateest ! --rateest m --rateest-bps 1 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest m --rateest-bps 1 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m ! --rateest-bps 1 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m ! --rateest-delta --rateest-bps 1 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps 1 --rateest-bps 2 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps 1 --rateest-gt --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps xyz --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-pps -1 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-pps 4294967296 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps "" --rateest-gt
iptables -t mangle -v -A FORWARD -m rateest --rateest m --rateest-bps 1Mibit --rateest-pps 3 ! --rateest-lt -j ACCEPT
iptables -t mangle -v -C FORWARD -m rateest --rateest m --rateest-bps 1Mibit --rateest-pps 3 ! --rateest-lt -j ACCEPT
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps "  9" --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps 5KIBPS --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps 1.5kbit --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-bps 0x10 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest m --rateest-pps 010 --rateest-gt
iptables -t mangle -A FORWARD -m rateest --rateest=m --rateest-bps=5 --rateest-gt
iptables -t mangle -S FORWARD
iptables-restore --noflush <<'X'
*mangle
-A FORWARD -m rateest --rateest m --rateest-bps 64kbit --rateest-eq
-A FORWARD -m rateest --rateest m --rateest-pps
COMMIT
X
ip6tables -A INPUT -m rateest --rateest e6 --rateest-pps 100 --rateest-gt
iptables-legacy -A INPUT -m rateest --rateest nosuch --rateest-bps 1 --rateest-gt
iptables-legacy -A INPUT -m rateest --rateest nosuch --rateest-bps 1
