# Office-hours, keyword blocking and per-IP connection-limit guides: time with weekdays and dates, string with bm/kmp and hex, connlimit above/upto with masks, and the slips each invites
iptables -A FORWARD -p tcp --dport 80 -m time --timestart 09:00 --timestop 18:00 --weekdays Mon,Tue,Wed,Thu,Fri -j ACCEPT
iptables -A FORWARD -p tcp --dport 80 -m time --timestart 9:00 --timestop 17:30 --weekdays 1,2,3,4,5 -j ACCEPT
iptables -A FORWARD -m time --timestart 22:00 --timestop 06:00 -j DROP
iptables -A FORWARD -m time --timestart 22:00 --timestop 06:00 --contiguous -j DROP
iptables -A FORWARD -m time --datestart 2024-01-01T00:00:00 --datestop 2024-12-31 -j ACCEPT
iptables -A FORWARD -m time --timestart 25:00 -j ACCEPT
iptables -A FORWARD -m time --weekdays Monday -j ACCEPT
iptables -A FORWARD -m time --weekdays Sat,Sun --kerneltz -j DROP
iptables -A FORWARD -m time --monthdays 1,15,31 -j ACCEPT
iptables -A FORWARD -m string --string "facebook.com" --algo bm -j DROP
iptables -A FORWARD -p tcp --dport 80 -m string --string "GET /admin" --algo kmp --icase -j REJECT --reject-with tcp-reset
iptables -A FORWARD -m string --hex-string "|7c 00|abc" --algo bm --from 40 --to 200 -j DROP
iptables -A FORWARD -m string --string "x" -j DROP
iptables -A FORWARD -m string --algo bm -j DROP
iptables -A FORWARD -m string --string "x" --algo boyer -j DROP
iptables -A INPUT -p udp --dport 53 -m string --hex-string "|06|google|03|com" --algo bm -j DROP
iptables -A INPUT -p tcp --syn --dport 80 -m connlimit --connlimit-above 20 --connlimit-mask 24 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp --syn --dport 22 -m connlimit --connlimit-above 3 -j REJECT
iptables -A INPUT -p tcp --dport 443 -m connlimit --connlimit-upto 10 --connlimit-saddr -j ACCEPT
iptables -A INPUT -p tcp --dport 443 -m connlimit --connlimit-above 10 --connlimit-daddr -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 10 --connlimit-mask 33 -j DROP
iptables -A INPUT -p tcp -m connlimit -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-upto 3 -j DROP
iptables -L FORWARD -n
iptables -L INPUT -n
iptables -S
