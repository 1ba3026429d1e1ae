iptables -A INPUT -m cpu --cpu
iptables -A INPUT -m cpu --cpu one
iptables -A INPUT -m cpu --cpu 1 --cpu 2
iptables -A INPUT -m cpu ! --cpu 1 ! -j ACCEPT
iptables -A INPUT -m cpu ! ! --cpu 1
iptables -A INPUT -m devgroup --src-group
iptables -A INPUT -m devgroup --src-group nosuchgroup
iptables -A INPUT -m devgroup --src-group default
iptables -A INPUT -m devgroup --src-group 1/
iptables -A INPUT -m devgroup --src-group 0x1/0xg
iptables -A INPUT -m devgroup --dst-group 1/2x
iptables -A INPUT -m devgroup --dst-group 1/x
iptables -A INPUT -m devgroup --dst-group 1x/2
iptables -A INPUT -m devgroup --dst-group 1/0x -j ACCEPT
iptables -A INPUT -m devgroup
iptables -A INPUT -m ecn --ecn-ip-ect 4
iptables -A INPUT -m ecn --ecn-tcp-cwr
iptables -A INPUT -m ecn
iptables -A INPUT -p tcp -m ecn --ecn-ip-ect x
iptables -A INPUT -p esp -m esp --espspi 4294967296
iptables -A INPUT -p esp -m esp --espspi -1
iptables -A INPUT -p esp -m esp --espspi 5:
iptables -A INPUT -p esp -m esp --espspi :5
iptables -A INPUT -p esp -m esp --espspi 0x10:0x20
iptables -A INPUT -p esp -m esp --espspi abc
iptables -A INPUT -p ah -m ah --ahspi 1:2:3
iptables -A INPUT -p ah -m ah --ahlen 4
iptables -A INPUT -m helper --helper
iptables -A INPUT -m helper --helper aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -A INPUT -m helper --helper ftp-2121 -j ACCEPT
iptables -A INPUT -m helper ! --helper sip -j ACCEPT
iptables -A INPUT -m helper -j ACCEPT
iptables -A INPUT -m length --length 65536
iptables -A INPUT -m length --length 100:50
iptables -A INPUT -m length --length 100-200
iptables -A INPUT -m length --length :
iptables -A INPUT -m length --length 0x10:0x100 -j ACCEPT
iptables -A INPUT -m length
iptables -A INPUT -m quota --quota
iptables -A INPUT -m quota --quota -5
iptables -A INPUT -m quota --quota 18446744073709551615 -j ACCEPT
iptables -A INPUT -m quota --quota 18446744073709551616
iptables -A INPUT -m quota --quota 1k
iptables -A INPUT -m quota
iptables -A INPUT -m nfacct --nfacct-name
iptables -A INPUT -m nfacct --nfacct-name http-traffic -j ACCEPT
iptables -A INPUT -m nfacct --nfacct-name aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -A INPUT -m nfacct
iptables -A INPUT -m ipvs --vdir BOTH
iptables -A INPUT -m ipvs --vmethod TUN
iptables -A INPUT -m ipvs --vproto nosuchproto
iptables -A INPUT -m ipvs --vport nosuchservice
iptables -A INPUT -m ipvs --vaddr 300.1.1.1
iptables -A INPUT -m osf --genre
iptables -A INPUT -p tcp -m osf --genre Linux --ttl 3
iptables -A INPUT -p tcp -m osf --genre Linux --log 3
iptables -A INPUT -m socket --transparent --transparent
iptables -A INPUT -m socket --bogus
iptables -A INPUT -m rpfilter --loose --loose
iptables -A INPUT -m rpfilter ! --loose
iptables -t raw -A PREROUTING -m rpfilter --invert --invert
iptables -A INPUT -p sctp --chunk-types
iptables -A INPUT -p sctp --chunk-types any
iptables -A INPUT -p sctp --chunk-types some DATA
iptables -A INPUT -p sctp --chunk-types any FOO
iptables -A INPUT -p sctp --chunk-types any DATA:X
iptables -A INPUT -p sctp --chunk-types any INIT:T
iptables -A INPUT -p sctp --chunk-types any ABORT:Tt
iptables -A INPUT -p sctp --chunk-types any data,init -j ACCEPT
iptables -A INPUT -p sctp ! --chunk-types only DATA:BE,SHUTDOWN_COMPLETE:t,I_DATA:iu -j ACCEPT
iptables -A INPUT -p sctp --chunk-types all ALL
iptables -A INPUT -p sctp --chunk-types all DATA,DATA -j ACCEPT
iptables -A INPUT -p sctp --chunk-types any DATA:BBBBBBBBBBBBBBBBBBBBB
iptables -A INPUT -p sctp --sport 1 --sport 2
iptables -A INPUT -m sctp --sport 1
iptables -A INPUT -p sctp --dport 70000
iptables -A INPUT -p dccp --dccp-types
iptables -A INPUT -p dccp --dccp-types REQUEST,
iptables -A INPUT -p dccp --dccp-types ,REQUEST
iptables -A INPUT -p dccp --dccp-option 0
iptables -A INPUT -p dccp --dccp-option x
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
