ip rule add from garbage table 5
ip rule add to garbage table 5
ip rule add from 10.0.0.0/33 table 5
ip rule add to 2001:db8::1 table 5
ip -4 rule add to 2001:db8::1 table 5
ip -6 rule add to garbage table 5
ip -6 rule add from all to all table 5
ip -6 rule add from ::/0 table 6
ip -6 rule add from 2001:db8::/128 table 7
ip -6 rule add from 2001:db8::1/64 table 8
ip -6 rule add from 2001:DB8::/64 oif lo table 9 pref 100
ip -6 rule add tos 0x11 table 10
ip -6 rule add ipproto tcp dport 443 table 11
ip -6 rule add uidrange 1000-2000 table 12
ip -6 rule add from 2001:db8::/64 table 13 suppress_prefixlength 0
ip -6 rule add pref 50 goto 100
ip -6 rule add dev nosuch table 14
ip -6 rule add fwmark 0x1/0xff table 15 realms 3
ip -6 rule add pref 40 blackhole
ip -6 rule add pref 40 unreachable
ip -6 rule show
ip -6 rule show from 2001:db8::/64
ip -6 rule show from 2001:db8::1
ip -6 rule show to all
ip -6 rule show from garbage
ip -6 rule show table main
ip -6 rule show iif nosuch
ip -6 rule del pref 40
ip -6 rule del pref 40
ip -6 rule del from ::/0 table 6
ip -6 rule del from all table 5
ip -6 rule del pref 9999
ip -6 rule del table 13
ip -6 rule flush
ip -6 rule show
ip -6 rule show
ip rule flush
ip rule show
ip -6 rule show
ip -6 rule del pref 0
ip -6 rule show
ip rule del pref 0
ip rule del table local
ip rule del table main
ip rule del table default
ip rule show
