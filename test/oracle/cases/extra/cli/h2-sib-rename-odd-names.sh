# Siblings of rename-chain: new names that clash with targets, verdicts or built-in chains, or are not names, nft and legacy
iptables -N A
iptables -E A LOG
iptables -E A DNAT
iptables -E A QUEUE
iptables -E A RETURN
iptables -E A "a b"
iptables -E A ""
iptables -E A "!x"
iptables -E A tcp
iptables -E A -- -x
iptables -E A x -j ACCEPT
iptables -E A B C
iptables -E A INPUT
iptables -E A input
iptables -S
iptables-legacy -N A
iptables-legacy -E A LOG
iptables-legacy -E A DNAT
iptables-legacy -E A QUEUE
iptables-legacy -E A RETURN
iptables-legacy -E A "a b"
iptables-legacy -E A ""
iptables-legacy -E A "!x"
iptables-legacy -E A tcp
iptables-legacy -E A input
iptables-legacy -S
iptables-legacy -E input INPUT
iptables-legacy -E INPUT input
iptables-legacy -E NOPE FORWARD
iptables-legacy -S
