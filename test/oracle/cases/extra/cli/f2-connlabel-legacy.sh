# iptables-legacy: connlabel warns at each print too, and its -v -C echoes the command's own
# rule before libiptc looks; any connlabel rule stands for any other.
iptables-legacy -A INPUT -m connlabel --label 3
iptables-legacy -v -C INPUT -m connlabel --label 4
iptables-legacy -v -C INPUT -m connlabel ! --label 3 --set
iptables-legacy -L INPUT
iptables-legacy -S
iptables-legacy-save
iptables -S INPUT
