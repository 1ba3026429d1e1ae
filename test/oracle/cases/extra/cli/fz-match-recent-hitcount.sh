# xt_recent on 6.x keeps up to 65535 time stamps per entry.
iptables -A INPUT -m recent --rcheck --hitcount 20
iptables -A INPUT -m recent --rcheck --hitcount 256
iptables -A INPUT -m recent --rcheck --hitcount 65535
iptables -A INPUT -m recent --rcheck --hitcount 65536
iptables -A INPUT -m recent --rcheck --hitcount 0
iptables -A INPUT -m recent --rcheck --hitcount 4294967295
iptables -A INPUT -m recent --rcheck --hitcount 4294967296
iptables -A INPUT -m recent --name b --update --seconds 60 --hitcount 300 --rttl
iptables -A INPUT -m recent --name b --set
iptables -S
iptables -L -n
