# x_tables' TCPMSS check wants a tcp match whose --tcp-flags compare value holds SYN (not
# inverted); the mask does not matter, and a zero mask saves no --tcp-flags at all
iptables-legacy -t mangle -A OUTPUT -p tcp --tcp-flags NONE ALL -j TCPMSS --set-mss 1400
iptables-legacy -t mangle -A OUTPUT -p tcp --tcp-flags NONE SYN -j TCPMSS --set-mss 1400
iptables-legacy -t mangle -A OUTPUT -p tcp --tcp-flags ACK SYN,ACK -j TCPMSS --set-mss 1300
iptables-legacy -t mangle -A OUTPUT -p tcp --tcp-flags SYN NONE -j TCPMSS --set-mss 1200
iptables-legacy -t mangle -A OUTPUT -p tcp ! --tcp-flags NONE SYN -j TCPMSS --set-mss 1100
iptables-legacy -t mangle -A OUTPUT -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1000
iptables-legacy -t mangle -S OUTPUT
iptables-legacy -t mangle -L OUTPUT -n
iptables-legacy-save -t mangle
