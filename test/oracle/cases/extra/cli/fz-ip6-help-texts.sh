ip6tables -j SNPT -h | sed -n '/^SNPT/,$ p'
ip6tables -j DNPT -h | sed -n '/^DNPT/,$ p'
ip6tables -m frag -h | sed -n '/^frag/,$ p'
ip6tables -m rt -h | sed -n '/^rt/,$ p'
ip6tables -m hl -h | sed -n '/^hl/,$ p'
ip6tables -j HL -h | sed -n '/^HL/,$ p'
ip6tables -m ah -h | sed -n '/^ah/,$ p'
iptables -m ah -h | sed -n '/^ah/,$ p'
ip6tables -p icmpv6 -h | sed -n '/^icmpv6/,$ p'
ip6tables -m ipv6header -h | sed -n '/^ipv6header/,$ p'
ip6tables -m hbh -h | sed -n '/^hbh/,$ p'
ip6tables -m dst -h | sed -n '/^dst/,$ p'
ip6tables -m mh -h | sed -n '/^mh/,$ p'
ip6tables -m eui64 -h | tail -2
ip6tables -h
ip6tables-legacy -h | head -3
