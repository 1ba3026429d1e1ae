ip rule add from 10.0.0.0/8 realms 5 table main
ip rule add from 10.1.0.0/16 realms 3/7 lookup 100
ip rule add to 10.2.0.0/16 realm cosmos lookup 100
ip rule add to 10.3.0.0/16 realms 65536 lookup 100
ip rule add to 10.4.0.0/16 realms foo lookup 100
ip rule show
ip -j rule show
ip rule add from 10.9.0.0/16 realms 2/3 goto 32765
ip rule add from 10.8.0.0/16 realm 4 prohibit
ip rule add from 10.7.0.0/16 realms 1/ blackhole
ip rule add from 10.6.0.0/16 realms
ip rule show
ip rule del from 10.1.0.0/16 realms 3/7 lookup 100
ip rule del from 10.0.0.0/8
ip rule show
