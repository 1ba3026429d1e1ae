iptables -A INPUT -m time --weekdays Sa,Su -j DROP
iptables -A INPUT -m time --datestart 2007-12-24 --datestop 2007-12-27 -j DROP
iptables -A INPUT -m time --datestart 2007-01-01T17:00 --datestop 2007-01-01T23:59:59 -j DROP
iptables -A INPUT -m time --timestart 12:30 --timestop 13:30 -j DROP
iptables -A INPUT -m time --weekdays Fr --monthdays 22,23,24,25,26,27,28 -j DROP
iptables -A INPUT -m time --weekdays Mo --timestart 23:00 --timestop 01:00 -j DROP
iptables -A INPUT -m time --weekdays Mo --timestart 23:00 --timestop 01:00 --contiguous -j DROP
iptables -A INPUT -m time --timestart 06:03 --timestop 08:09:10 --kerneltz -j DROP
iptables -A INPUT -m time --timestart 6:3 --timestop 8:9 -j DROP
iptables -A INPUT -m time ! --weekdays 1,2,3,4,5 ! --monthdays 1,31 -j DROP
iptables -A INPUT -m time --weekdays Mon,Tue,Wed,Thu,Fri,Sat,Sun -j DROP
iptables -A INPUT -m time --monthdays 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 -j DROP
iptables -A INPUT -m time --datestart 1970 --datestop 2038-01-19T03:14:07 -j DROP
iptables -A INPUT -m time --datestart 1970-01-01T00:00:00 -j DROP
iptables -A INPUT -m time --datestop 2038-01-19T04:17:07 -j DROP
iptables -A INPUT -m time --datestop 2038-01-20 -j DROP
iptables -A INPUT -m time --datestart 2024-02-30 -j DROP
iptables -A INPUT -m time --datestart 2024-13-01 -j DROP
iptables -A INPUT -m time --datestart 1969-12-31 -j DROP
iptables -A INPUT -m time --datestart 2024-06-01 --datestop 2024-01-01 -j DROP
iptables -A INPUT -m time --timestart 24:00 -j DROP
iptables -A INPUT -m time --timestart 23:59:60 -j DROP
iptables -A INPUT -m time --timestart 12 -j DROP
iptables -A INPUT -m time --weekdays Mon,Funday -j DROP
iptables -A INPUT -m time --weekdays 0 -j DROP
iptables -A INPUT -m time --weekdays 8 -j DROP
iptables -A INPUT -m time --monthdays 0 -j DROP
iptables -A INPUT -m time --monthdays 32 -j DROP
iptables -A INPUT -m time --weekdays mo,TU -j DROP
iptables -A INPUT -m time --contiguous -j DROP
iptables -A INPUT -m time --utc --timestart 1:00 -j DROP
iptables -A INPUT -m time --localtz --timestart 1:00 -j DROP
iptables -A INPUT -m time --timestart 0:0:0 --timestop 23:59:59 -j DROP
iptables -A INPUT -m time --timestart 10:00 --timestart 11:00 -j DROP
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save | grep -v '^#'
iptables-translate -A INPUT -m time --weekdays Sa,Su -j DROP
iptables-translate -A INPUT -m time --datestart 2007-12-24 --datestop 2007-12-27 -j DROP
iptables-translate -A INPUT -m time --timestart 12:30 --timestop 13:30 -j DROP
iptables-translate -A INPUT -m time --weekdays Mo --timestart 23:00 --timestop 01:00 --contiguous -j DROP
iptables-translate -A INPUT -m time ! --weekdays 1,2,3,4,5 ! --monthdays 1,31 -j DROP
iptables-translate -A INPUT -m time --timestart 06:03 --timestop 08:09:10 --kerneltz -j DROP
iptables -F INPUT
iptables -A INPUT -p tcp --dport 80 -m string --algo bm --string 'GET /index.html' -j LOG
iptables -A INPUT -p udp --dport 53 -m string --algo bm --from 40 --to 57 --hex-string '|03|www|09|netfilter|03|org|00|'
iptables -A INPUT -m string --algo kmp --string 'abc' --icase -j DROP
iptables -A INPUT -m string --algo kmp ! --string 'abc' --from 0 --to 65535 -j DROP
iptables -A INPUT -m string --algo bm --hex-string '|0D 0A|' -j DROP
iptables -A INPUT -m string --algo bm --hex-string '|0d0a|' -j DROP
iptables -A INPUT -m string --algo bm --string 'a"b' -j DROP
iptables -A INPUT -m string --algo bm --string 'tab	here' -j DROP
iptables -A INPUT -m string --algo bm --string 'back\slash' -j DROP
iptables -A INPUT -m string --algo bm --string 'x|y' -j DROP
iptables -A INPUT -m string --algo bm --hex-string 'GET|20|/' -j DROP
iptables -A INPUT -m string --algo bm --hex-string '|ff fe 00|' -j DROP
iptables -A INPUT -m string --algo bm --hex-string '|0|' -j DROP
iptables -A INPUT -m string --algo bm --hex-string '|zz|' -j DROP
iptables -A INPUT -m string --algo bm --hex-string '|0d' -j DROP
iptables -A INPUT -m string --algo bm --string '' -j DROP
iptables -A INPUT -m string --string abc -j DROP
iptables -A INPUT -m string --algo rabin --string abc -j DROP
iptables -A INPUT -m string --algo bm --from 100 --to 10 --string abc -j DROP
iptables -A INPUT -m string --algo bm --to 65536 --string abc -j DROP
iptables -A INPUT -m string --algo bm --string aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa -j DROP
iptables -A INPUT -m string --algo bm --string aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa -j DROP
iptables -A INPUT -m string --algo bm --string abc --string def -j DROP
iptables -A INPUT -m string --algo bm --icase ! --hex-string '|41|B' -j DROP
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save | grep -v '^#'
iptables-translate -A INPUT -p tcp --dport 80 -m string --algo bm --string 'GET /index.html' -j LOG
iptables-translate -A INPUT -p udp --dport 53 -m string --algo bm --from 40 --to 57 --hex-string '|03|www|09|netfilter|03|org|00|'
iptables-translate -A INPUT -m string --algo kmp --string 'abc' --icase -j DROP
iptables-translate -A INPUT -m string --algo kmp ! --string 'abc' -j DROP
ip6tables -A INPUT -m string --algo bm --string 'abc' --icase -j DROP
ip6tables -A INPUT -m time --weekdays Sa,Su --timestart 22:00 -j DROP
ip6tables -S INPUT
