ip -6 rule show
ip -6 rule add from 2001:db8::/64 table 100
ip -6 rule add to 2001:db8:1::/48 lookup 200 pref 1000
ip -6 rule add fwmark 0x10 table 300
ip -6 rule add iif lo table 400
ip -6 rule add from 2001:db8::1 to 2001:db8::2 prio 500 table main
ip -6 rule
ip -6 rule show table 100
ip -6 rule list pref 1000
ip rule show
ip -6 rule del from 2001:db8::/64 table 100
ip -6 rule del from 2001:db8::/64 table 100
ip -6 rule del pref 1000
ip -6 rule show
ip -6 rule add from 10.0.0.0/8 table 5
ip -6 rule add from all lookup 10
ip -6 rule add not from 2001:db8::/32 unreachable
ip -6 rule add to ::/0 prohibit pref 200
ip -6 rule add from 2001:db8::/129 table 5
ip -6 rule add tos 0x10 table 7
ip -6 rule
ip -6 -j rule show
ip -6 rule flush
ip -6 rule show
ip rule add from 2001:db8::/64 table 9
ip rule show
ip -4 rule add from 2001:db8::/64 table 9
ip -6 rule del table main
ip -6 rule del table local
ip -6 rule show
