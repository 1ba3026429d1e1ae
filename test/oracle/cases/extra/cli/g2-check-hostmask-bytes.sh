# -C/-D compare the mask bytes libxtables fills: an IPv4 host typed without a mask (conntrack, policy tunnel addresses) or connlimit without --connlimit-mask sets all 16, a typed /32 only 4, so those rules differ though they save alike; IPv6 /128 is the same as none
iptables-legacy -A INPUT -m connlimit --connlimit-above 3
iptables-legacy -C INPUT -m connlimit --connlimit-above 3 --connlimit-saddr; echo $?
iptables-legacy -C INPUT -m connlimit --connlimit-above 3 --connlimit-mask 32; echo $?
iptables-legacy -A INPUT -m connlimit --connlimit-above 4 --connlimit-mask 32
iptables-legacy -C INPUT -m connlimit --connlimit-above 4; echo $?
iptables-legacy -C INPUT -m connlimit --connlimit-above 4 --connlimit-mask 32; echo $?
iptables-legacy -A INPUT -m connlimit --connlimit-above 5 --connlimit-mask 24
iptables-legacy -C INPUT -m connlimit --connlimit-above 5 --connlimit-mask 24; echo $?
iptables-legacy -D INPUT -m connlimit --connlimit-above 3 --connlimit-mask 32; echo $?
iptables-legacy -D INPUT -m connlimit --connlimit-above 4; echo $?
iptables-legacy -S INPUT
iptables -A INPUT -m connlimit --connlimit-above 3
iptables -C INPUT -m connlimit --connlimit-above 3 --connlimit-mask 32; echo $?
iptables -A INPUT -m connlimit --connlimit-above 4 --connlimit-mask 32
iptables -C INPUT -m connlimit --connlimit-above 4; echo $?
iptables -D INPUT -m connlimit --connlimit-above 4; echo $?
iptables -S INPUT
iptables-legacy -A FORWARD -m conntrack --ctorigsrc 1.1.1.1
iptables-legacy -C FORWARD -m conntrack --ctorigsrc 1.1.1.1/32; echo $?
iptables-legacy -C FORWARD -m conntrack --ctorigsrc 1.1.1.1/255.255.255.255; echo $?
iptables-legacy -C FORWARD -m conntrack --ctorigsrc 1.1.1.1; echo $?
iptables-legacy -A FORWARD -m conntrack --ctorigsrc 1.1.1.0/24
iptables-legacy -C FORWARD -m conntrack --ctorigsrc 1.1.1.0/255.255.255.0; echo $?
iptables-legacy -A FORWARD -m conntrack --ctrepldst 2.2.2.2/32
iptables-legacy -C FORWARD -m conntrack --ctrepldst 2.2.2.2; echo $?
iptables-legacy -C FORWARD -m conntrack --ctrepldst 2.2.2.2/32; echo $?
iptables -A FORWARD -m conntrack --ctorigsrc 1.1.1.1
iptables -C FORWARD -m conntrack --ctorigsrc 1.1.1.1/32; echo $?
iptables -A FORWARD -m conntrack --ctrepldst 2.2.2.2/32
iptables -C FORWARD -m conntrack --ctrepldst 2.2.2.2; echo $?
iptables -D FORWARD -m conntrack --ctrepldst 2.2.2.2; echo $?
ip6tables-legacy -A FORWARD -m conntrack --ctorigsrc ::1
ip6tables-legacy -C FORWARD -m conntrack --ctorigsrc ::1/128; echo $?
ip6tables -A FORWARD -m conntrack --ctorigsrc ::1
ip6tables -C FORWARD -m conntrack --ctorigsrc ::1/128; echo $?
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.1.1.1 --tunnel-dst 2.2.2.2
iptables -C INPUT -m policy --dir in --pol ipsec --tunnel-src 1.1.1.1/32 --tunnel-dst 2.2.2.2; echo $?
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.1.1.1 --tunnel-dst 2.2.2.2
iptables -C INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.1.1.1/32 --tunnel-dst 2.2.2.2; echo $?
iptables -C INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 1.1.1.1 --tunnel-dst 2.2.2.2; echo $?
iptables -A INPUT -m connlimit --connlimit-above 6 --connlimit-mask 255.255.255.255
iptables -C INPUT -m connlimit --connlimit-above 6; echo $?
iptables -C INPUT -m connlimit --connlimit-above 6 --connlimit-mask 32; echo $?
iptables -A INPUT -m connlimit --connlimit-above 7 --connlimit-mask 24
iptables -C INPUT -m connlimit --connlimit-above 7 --connlimit-mask 255.255.255.0; echo $?
iptables -A INPUT -m conntrack --ctorigsrc 1.1.1.1 --ctorigdst 2.2.2.2/32
iptables -C INPUT -m conntrack --ctorigsrc 1.1.1.1 --ctorigdst 2.2.2.2/32; echo $?
iptables -C INPUT -m conntrack --ctorigsrc 1.1.1.1/32 --ctorigdst 2.2.2.2; echo $?
iptables -C INPUT -m conntrack --ctorigsrc localhost --ctorigdst 2.2.2.2/32; echo $?
iptables -A INPUT -m conntrack --ctorigsrc 127.0.0.1
iptables -C INPUT -m conntrack --ctorigsrc localhost; echo $?
iptables -A INPUT -m conntrack --ctorigsrc 1.1.1.1 ! --ctrepldst 2.2.2.2
iptables -D INPUT -m conntrack ! --ctrepldst 2.2.2.2/32 --ctorigsrc 1.1.1.1; echo $?
iptables -D INPUT -m conntrack ! --ctrepldst 2.2.2.2 --ctorigsrc 1.1.1.1; echo $?
iptables -A INPUT -m policy --dir in --pol ipsec --strict --mode tunnel --tunnel-src 1.1.1.1 --next --mode tunnel --tunnel-dst 3.3.3.3/32
iptables -C INPUT -m policy --dir in --pol ipsec --strict --mode tunnel --tunnel-src 1.1.1.1 --next --mode tunnel --tunnel-dst 3.3.3.3; echo $?
iptables -C INPUT -m policy --dir in --pol ipsec --strict --mode tunnel --tunnel-src 1.1.1.1 --next --mode tunnel --tunnel-dst 3.3.3.3/32; echo $?
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src ::1
ip6tables -C INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src ::1/128; echo $?
