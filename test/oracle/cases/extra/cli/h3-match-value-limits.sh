iptables -A INPUT -m time --datestart 2038-01-19T03:14:07 -j DROP
iptables -A INPUT -m time --datestart 2038-01-19T03:14:08 -j DROP
iptables -A INPUT -m time --datestop 2106-02-07T06:28:15 -j DROP
iptables -A INPUT -m time --datestop 2106-02-07T06:28:16 -j DROP
iptables -A INPUT -m time --datestop 2200-01-01 -j DROP
iptables -A INPUT -m time --datestart 1969-12-31 -j DROP
iptables -A INPUT -m time --datestart 1970-01-01T00:00:00 -j DROP
iptables -A INPUT -m time --datestart 2024-02-30 -j DROP
iptables -A INPUT -m time --datestart 2024-13-01 -j DROP
iptables -A INPUT -m time --timestart 24:00 -j DROP
iptables -A INPUT -m time --timestart 23:59:60 -j DROP
iptables -A INPUT -m time --timestart 8:00 --timestop 17:00 --weekdays Mon,Tue -j ACCEPT
iptables -A INPUT -m time --timestart 08:00 --timestop 17:00 --weekdays mon,tue -j ACCEPT
iptables -A INPUT -m time --weekdays Monday -j ACCEPT
iptables -A INPUT -m time --weekdays 1,7 -j ACCEPT
iptables -A INPUT -m time --weekdays 0 -j ACCEPT
iptables -A INPUT -m time --monthdays 31,32 -j ACCEPT
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 -j ACCEPT
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous -j ACCEPT
iptables -A INPUT -m time --kerneltz --timestart 1:2:3 -j ACCEPT
iptables -A INPUT -m time --utc -j ACCEPT
iptables -A INPUT -m time --localtz -j ACCEPT
iptables -A INPUT -m length --length 65535 -j ACCEPT
iptables -A INPUT -m length --length 65536 -j ACCEPT
iptables -A INPUT -m length --length 100:50 -j ACCEPT
iptables -A INPUT -m ttl --ttl-gt 255 -j ACCEPT
iptables -A INPUT -m ttl --ttl-lt 0 -j ACCEPT
iptables -A INPUT -m tos --tos 256 -j ACCEPT
iptables -A INPUT -m tos --tos 0x10/0x3f -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.00000000001 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 0 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 3 -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10:5 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 18446744073709551615 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -S
iptables -L -n
