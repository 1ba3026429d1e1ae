# Kernel objects shared by the namespace: idle timers and rate estimators across families and
# legacy/nft, hashlimit names across legacy/nft of one family.
iptables -A INPUT -j IDLETIMER --timeout 5 --label f2L1 --alarm
iptables-legacy -A INPUT -j IDLETIMER --timeout 5 --label f2L1
ip6tables-legacy -A INPUT -j IDLETIMER --timeout 5 --label f2L1
ip6tables-legacy -A INPUT -j IDLETIMER --timeout 5 --label f2L2
iptables -A INPUT -j IDLETIMER --timeout 5 --label f2L2 --alarm
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name H --hashlimit-rate-match
iptables-legacy -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name H
ip6tables-legacy -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name H
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name R --rateest-interval 250ms --rateest-ewmalog 1s
ip6tables -A INPUT -m rateest --rateest R --rateest-bps 1 --rateest-gt
iptables-legacy -A INPUT -m rateest --rateest R --rateest-bps 1 --rateest-gt
ip6tables-legacy -A INPUT -j RATEEST --rateest-name R --rateest-interval 1s --rateest-ewmalog 4s
