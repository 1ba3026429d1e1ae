ip rule
ip rule add fwmark 0x10 table 10
ip rule add from 10.0.0.0/8 lookup 20 priority 100
ip rule add to 192.168.0.0/16 table main pref 200
ip rule add iif lo table 30
ip rule
ip rule show table 10
ip rule del priority 100
ip rule del fwmark 0x99 table 10
ip rule
ip route show table 10
ip route add 10.0.0.0/8 dev lo table 10
ip route show table 10
ip route show table all | grep 'table 10'
