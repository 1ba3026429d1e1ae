# addr/mask option values (XTTYPE_HOSTMASK, here conntrack's): prefix numbers past 32 and
# inet_aton masks that are no prefix leave a host mask; getaddrinfo's two complaints.
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/33
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/100
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/4294967296
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/-1
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/
iptables -A INPUT -m conntrack --ctorigsrc "10.0.0.0/ 5"
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/0x10
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/010
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/255.0.255.0
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/1.2.3
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/255.255
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/0xff.0xff.0.0
iptables -A INPUT -m conntrack --ctorigdst "a,b"
iptables -A INPUT -m conntrack --ctorigdst 10.0.0.1,10.0.0.2
iptables -A INPUT -m conntrack --ctorigdst foo_bar
iptables -A INPUT -m conntrack --ctorigdst -foo
iptables -A INPUT -m conntrack --ctorigdst foo.
iptables -A INPUT -m conntrack --ctorigdst 256.1.1.1
iptables -A INPUT -m conntrack --ctorigdst "a b"
iptables -A INPUT -m conntrack --ctorigdst x..y
iptables -A INPUT -m conntrack --ctorigdst 1.2.3.4x
iptables -A INPUT -m conntrack --ctorigdst ""
iptables -A INPUT -m conntrack --ctorigdst 0x1.2
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.0.0.0/40
iptables -S
iptables -L -n
