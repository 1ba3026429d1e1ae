iptables -A INPUT -m helper --helper ftp -j ACCEPT
iptables -A INPUT -m helper ! --helper sip -j ACCEPT
iptables -A INPUT -m string --string "GET /" --algo bm -j DROP
iptables -A INPUT -m string --string evil --algo kmp --from 10 --to 100 -j DROP
iptables -A INPUT -m string --hex-string "|41 42|" --algo bm -j DROP
iptables -A INPUT -m string --string foo -j DROP
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0x47455420" -j DROP
iptables -S INPUT
iptables -L INPUT -n
