iptables -N -foo
iptables -N "a b"
iptables -N 123
iptables -N ACCEPT
iptables -N RETURN
iptables -N foo!
iptables -N lower
iptables -N my-chain_1.x
iptables -S
