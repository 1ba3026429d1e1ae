# C number corners: limit's atoi saturates then wraps (huge counts are 'too fast'), statistic's
# probability and --every share a word of a union (the packet check reads it), RATEEST times are
# strtod numbers (hex, exponents, inf, nan) with tc's units.
iptables -A INPUT -m limit --limit-burst 0 --limit 18446744073709551616
iptables -A INPUT -m limit --limit 18446744073709551616/day
iptables -A INPUT -m limit --limit 4294967296/s
iptables -A INPUT -m limit --limit 4294967297/day
iptables -A INPUT -m limit --limit -1/s
iptables -A INPUT -m limit --limit -4294967295/day
iptables -A INPUT -m limit --limit 2147483648/day
iptables -A INPUT -m hashlimit --hashlimit-upto 18446744073709551616 --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-upto 4294967297/day --hashlimit-name b
iptables -A INPUT -m statistic --probability +1 --packet ' 5'
iptables -A INPUT -m statistic --mode nth --probability 0.5 --packet 1
iptables -A INPUT -m statistic --mode nth --every 3 --probability 0.5 --packet 1
iptables -A INPUT -m statistic --mode nth --probability 0.5 --every 3 --packet 4
iptables -A INPUT -m statistic --mode random --every 3 --probability 0.5
iptables -A INPUT -m statistic --probability 0 --packet 1
iptables -S INPUT
iptables -A INPUT -p tcp -j RATEEST --rateest-name '!' --rateest-ewmalog 0x10 --rateest-interval 255
iptables -A INPUT -j RATEEST --rateest-name a --rateest-interval 0x3d090 --rateest-ewmalog 0x1p20
iptables -A INPUT -j RATEEST --rateest-name b --rateest-interval 250000 --rateest-ewmalog 1e6
iptables -A INPUT -j RATEEST --rateest-name c --rateest-interval 0.25s --rateest-ewmalog 1S
iptables -A INPUT -j RATEEST --rateest-name d --rateest-interval 250MS --rateest-ewmalog 1000000us
iptables -A INPUT -j RATEEST --rateest-name e --rateest-interval inf --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name f --rateest-interval nan --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name g --rateest-interval -1s --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name h --rateest-interval 250ms --rateest-ewmalog 1sx
iptables -A INPUT -j RATEEST --rateest-name i --rateest-interval " 250ms" --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name j --rateest-interval 4s --rateest-ewmalog 8s
iptables -A INPUT -j RATEEST --rateest-name k --rateest-interval 8.1s --rateest-ewmalog 20s
iptables -S INPUT
