# SET: no ipset sets exist, so every set name is refused; the option checks around it.
iptables -A INPUT -j SET --add-set foo src
iptables -A INPUT -j SET --add-set foo
iptables -A INPUT -j SET --add-set foo --exist
iptables -A INPUT -j SET --add-set 0123456789012345678901234567890123 src
iptables -A INPUT -j SET
iptables -A INPUT -j SET --exist
iptables -A INPUT -j SET --timeout x
iptables -A INPUT -j SET --map-mark
iptables -A INPUT -j SET --del-set foo src,dst --del-set bar src
