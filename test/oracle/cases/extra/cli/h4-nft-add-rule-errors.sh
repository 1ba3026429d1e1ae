iptables -N foo
iptables -A INPUT -j ACCEPT
nft add rule ip filter INPT accept
nft add rule ip filter OUTPUT accept
nft add rule ip fil INPUT accept
nft add rule ip nope INPUT accept
nft add rule ip filter INPUT jump nochain
nft add rule ip filter INPUT
nft add rule ip filter INPUT bogus
nft add rule ip filter INPUT ip saddr 10.0.0.1/8 counter accept
nft add rule ip filter INPUT ip saddr 300.1.1.1 accept
nft add rule ip filter INPUT tcp dport 70000 accept
nft insert rule ip filter INPUT iifname "eth0" tcp dport 22 counter accept
nft add rule ip filter foo ip daddr 10.1.0.0/16 ip protocol tcp tcp dport 1-1024 counter drop
nft add rule ip filter INPUT oifname != "lo" udp sport 53 return
nft add rule ip filter INPUT goto foo
nft -a list ruleset
nft -s list ruleset
iptables -S
iptables -L -v -n
iptables -D INPUT -i eth0 -p tcp -m tcp --dport 22 -j ACCEPT
nft list chain ip filter INPUT
ip6tables -A INPUT -j ACCEPT
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::/32 tcp dport 443 counter accept
nft list table ip6 filter
ip6tables -S
