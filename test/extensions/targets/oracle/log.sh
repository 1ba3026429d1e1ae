# LOG: levels by number and name, prefix truncation and quoting, flags, errors; any table.
iptables -A INPUT -j LOG
iptables -A INPUT -j LOG --log-prefix "IN: "
iptables -A INPUT -j LOG --log-level 7
iptables -A INPUT -j LOG --log-level 8
iptables -A INPUT -j LOG --log-level 0x3
iptables -A INPUT -j LOG --log-level 05
iptables -A INPUT -j LOG --log-level " 6"
iptables -A INPUT -j LOG --log-level emerg
iptables -A INPUT -j LOG --log-level alert
iptables -A INPUT -j LOG --log-level crit
iptables -A INPUT -j LOG --log-level error
iptables -A INPUT -j LOG --log-level warning
iptables -A INPUT -j LOG --log-level notice
iptables -A INPUT -j LOG --log-level info
iptables -A INPUT -j LOG --log-level debug
iptables -A INPUT -j LOG --log-level panic
iptables -A INPUT -j LOG --log-level warn
iptables -A INPUT -j LOG --log-level WARNING
iptables -A INPUT -j LOG --log-level ""
iptables -A INPUT -j LOG --log-prefix ""
iptables -A INPUT -j LOG --log-prefix "0123456789abcdefghijklmnopqrstuvwxyz"
iptables -A INPUT -j LOG --log-prefix 0123456789abcdefghijklmnopqrs
iptables -A INPUT -j LOG --log-prefix 'say "hi" \ ok'
iptables -A INPUT -j LOG --log-prefix "it's"
iptables -A INPUT -j LOG --log-prefix nospace_OK-1
iptables -A INPUT -j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
iptables -A INPUT -j LOG --log-macdecode --log-uid --log-tcp-sequence
iptables -A INPUT -j LOG --log-ip-options --log-prefix "x y" --log-level alert
iptables -A INPUT -j LOG --log-uid --log-uid
iptables -A INPUT -j LOG --log-prefix a --log-prefix b
iptables -A INPUT -j LOG --log-level 7 --log-level 6
iptables -A INPUT -j LOG ! --log-uid
iptables -t nat -A POSTROUTING -j LOG --log-prefix nat
iptables -t raw -A PREROUTING -j LOG --log-prefix raw
iptables -t mangle -A FORWARD -j LOG --log-level 1
iptables -S
iptables -L
iptables -L -n
iptables -t nat -S
iptables -t nat -L
iptables -t raw -S
iptables -t mangle -S
