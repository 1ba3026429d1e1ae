iptables -A INPUT -j LOG --log-level emerg
iptables -A INPUT -j LOG --log-level crit
iptables -A INPUT -j LOG --log-level err
iptables -A INPUT -j LOG --log-level notice
iptables -A INPUT -j LOG --log-level info
iptables -A INPUT -j LOG --log-level 4
iptables -A INPUT -j LOG --log-level 0
iptables -A INPUT -j LOG --log-level 8
iptables -A INPUT -j LOG --log-level bogus
iptables -A INPUT -j LOG --log-macdecode
iptables -A INPUT -j LOG --log-prefix "with \"quote\" "
iptables -A INPUT -j LOG --log-prefix 012345678901234567890123456789
iptables -A INPUT -j LOG --log-prefix ""
iptables -A INPUT -j LOG --log-uid --log-tcp-options
iptables -S INPUT
iptables -L INPUT -n
