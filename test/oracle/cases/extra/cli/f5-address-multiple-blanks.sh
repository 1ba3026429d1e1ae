iptables -A INPUT -s "$(printf ' %.0s' $(seq 260))1.2.3.4" -j ACCEPT; echo rc=$?; iptables -S INPUT
iptables -A INPUT -s " 1.2.3.5, 1.2.3.6" -j ACCEPT; echo rc=$?; iptables -S INPUT
ip6tables -A INPUT -s "$(printf ' %.0s' $(seq 260))::1" -j ACCEPT; echo rc=$?; ip6tables -S INPUT
arptables -A INPUT -s aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ip --ip-src aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa -j ACCEPT; echo rc=$?
iptables -A INPUT -s "1.2.3.4,$(printf ' %.0s' $(seq 260))1.2.3.5" -j ACCEPT; echo rc=$?; iptables -S INPUT
iptables -A INPUT -s "1.2.3.4$(printf ' %.0s' $(seq 260))" -j ACCEPT; echo rc=$?
iptables -A INPUT -s "$(printf '\t%.0s' $(seq 260))1.2.3.6" -j ACCEPT; echo rc=$?; iptables -S INPUT | tail -1
ip6tables -A INPUT -d "::2,$(printf '\v\f\r%.0s' $(seq 90))::3/64" -j ACCEPT; echo rc=$?; ip6tables -S INPUT
ebtables -A INPUT -p ip --ip-dst "$(printf '1%.0s' $(seq 300))/24" -j ACCEPT; echo rc=$?
ebtables -A INPUT -p ip6 --ip6-src "$(printf 'b%.0s' $(seq 300))" -j ACCEPT; echo rc=$?
arptables -A INPUT -d "  10.0.0.1, 10.0.0.2" -j ACCEPT; echo rc=$?; arptables -S INPUT
iptables -F; ip6tables -F; iptables -S; ip6tables -S
