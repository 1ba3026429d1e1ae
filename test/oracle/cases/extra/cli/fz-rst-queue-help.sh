# -j QUEUE -h: QUEUE loads the standard target, whose help ends the text (nft and legacy)
iptables -j QUEUE -h | tail -3
iptables-legacy -j QUEUE --help | tail -2
ip6tables -j QUEUE -h | tail -2
iptables -j ACCEPT -h | tail -2
