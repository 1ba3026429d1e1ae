# Value parsers' C corners: time --weekdays segments, statistic --probability through strtod,
# a string pattern of one '|', recent --seconds printed with %d and names that cannot be
# /proc file names.
iptables -A INPUT -m time --weekdays "Mon,"
iptables -A INPUT -m time --weekdays "Mon,,Tue"
iptables -A INPUT -m time --weekdays ","
iptables -A INPUT -m time --weekdays ",Mon"
iptables -A INPUT -m time --weekdays ""
iptables -A INPUT -m time --weekdays "Tue,Mo"
iptables -A INPUT -m time --weekdays "Mon Tue"
iptables -A INPUT -m time --weekdays "Thursday"
iptables -A INPUT -m time --weekdays "1x"
iptables -A INPUT -m time --weekdays " 1"
iptables -A INPUT -m time --weekdays "0x1"
iptables -A INPUT -m time --weekdays "+1"
iptables -A INPUT -m time --weekdays "8"
iptables -A INPUT -m time --weekdays "mon"
iptables -A INPUT -m time --weekdays "Su"
iptables -A INPUT -m time --monthdays ",1"
iptables -A INPUT -m time --monthdays "1,"
iptables -A INPUT -m time --monthdays "1,,2"
iptables -A INPUT -m time --monthdays ""
iptables -A INPUT -m time --monthdays "1x"
iptables -A INPUT -m time --monthdays "0x1f"
iptables -A INPUT -m time --monthdays " 5"
iptables -A INPUT -m time --monthdays "31,1"
iptables -A OUTPUT -m statistic --mode random --probability 0x0.8
iptables -A OUTPUT -m statistic --mode random --probability 0x1p-1
iptables -A OUTPUT -m statistic --mode random --probability " 0.5"
iptables -A OUTPUT -m statistic --mode random --probability "0.5 "
iptables -A OUTPUT -m statistic --mode random --probability inf
iptables -A OUTPUT -m statistic --mode random --probability nan
iptables -A OUTPUT -m statistic --mode random --probability .5e-1
iptables -A OUTPUT -m statistic --mode random --probability 0x.1
iptables -A OUTPUT -m statistic --mode random --probability -0
iptables -A OUTPUT -m string --algo bm --hex-string "\|"
iptables -A OUTPUT -m string --algo bm --hex-string "|7c|x"
iptables -A INPUT -m recent --rcheck --seconds 4294967295
iptables -A INPUT -m recent --rcheck --seconds 2147483648 --name a
iptables -A INPUT -m recent --set --name a/b
iptables -S
iptables -L -n
