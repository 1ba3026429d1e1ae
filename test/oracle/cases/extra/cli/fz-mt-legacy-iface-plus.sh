# iptables-legacy keeps a bare "+" interface (empty mask): -L -v shows "+" / "!+", save and -S
# leave it out entirely (negation too), and -C/-D compare it masked (so "-i +" is no -i at all).
iptables-legacy -A FORWARD -i + -j ACCEPT
iptables-legacy -A FORWARD ! -i + -j ACCEPT
iptables-legacy -A FORWARD ! -o + -p tcp
iptables-legacy -A FORWARD -i eth+ ! -o + -j DROP
iptables-legacy -S FORWARD
iptables-legacy -L FORWARD -v -n
iptables-legacy-save -t filter
iptables-legacy -C FORWARD -j ACCEPT
iptables-legacy -C FORWARD ! -i + -j ACCEPT
iptables-legacy -D FORWARD -p tcp
iptables-legacy -D FORWARD ! -o + -p tcp
iptables-legacy -S FORWARD
iptables -A FORWARD -i + -j ACCEPT
iptables -A FORWARD ! -i + -j ACCEPT
iptables -S FORWARD
iptables -L FORWARD -v -n
