ip6tables -t mangle -A PREROUTING -j HL --hl-set 64
ip6tables -t mangle -A PREROUTING -j HL --hl-dec 1
ip6tables -t mangle -A PREROUTING -j HL --hl-inc 2
ip6tables -t mangle -A PREROUTING -j HL --hl-inc 0
ip6tables -t mangle -A PREROUTING -j HL --hl-set 256
ip6tables -t mangle -A PREROUTING -j HL
ip6tables -t mangle -A PREROUTING -j HL --hl-set 1 --hl-dec 1
ip6tables -A INPUT -j HL --hl-set 1
ip6tables -t mangle -A PREROUTING -m hl --hl-eq 64 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl ! --hl-eq 64 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl --hl-lt 10 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl --hl-gt 200 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl --hl 5 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl --hl-eq 300 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl --hl-lt 5 --hl-gt 3 -j ACCEPT
ip6tables -t mangle -A PREROUTING -m hl ! --hl-lt 5 -j ACCEPT
ip6tables -A INPUT -m hl --hl-eq 1 -j ACCEPT
ip6tables -t mangle -S
ip6tables -t mangle -L -n
ip6tables -S INPUT
ip6tables -j HL -h | tail -8
ip6tables -m hl -h | tail -8
