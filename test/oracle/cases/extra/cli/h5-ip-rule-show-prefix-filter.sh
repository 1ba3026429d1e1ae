ip rule add from 0.0.0.0/0 table 10
ip rule add from 10.0.0.0/8 table 11
ip rule add from 10.1.0.0/16 table 12
ip rule add from 10.1.2.3 table 13
ip rule add to 192.168.0.0/16 table 14
ip rule add from 10.1.2.3/8 table 15
ip rule show
ip rule show from 10.0.0.0/8
ip rule show from 10.1.0.0/16
ip rule show from 10.1.2.3
ip rule show from all
ip rule show from 0/0
ip rule show to 192.168.1.0/24
ip rule show to 192.168.0.0/16
ip rule show from garbage
ip rule show to 2001:db8::/64
ip -j rule show from 10.0.0.0/8
ip rule del from 10.0.0.0/8
ip rule del from 10.1.2.3/8
ip rule del from 10.1.2.3/8
ip rule del from all table 10
ip rule del from 0/0 table 12
ip rule show
ip -6 rule add from 2001:db8::/32 table 20
ip -6 rule add not to 2001:db8:5::/48 table 21 pref 10
ip -6 rule show to 2001:db8:5::/48
ip -6 -j rule show
ip -6 rule del not to 2001:db8:5::/48
ip -6 rule show
ip -6 rule del from 2001:db8::/32 table 99
ip -6 rule del from 2001:db8::/33
ip -6 rule del from 2001:db8::/32
ip -6 rule
ip -4 rule
ip -n nosuch -6 rule
