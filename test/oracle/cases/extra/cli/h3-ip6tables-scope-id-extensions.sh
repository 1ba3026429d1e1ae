ip6tables -A INPUT -m conntrack --ctorigsrc fe80::1%lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigdst fe80::2%1/64 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctreplsrc fe80::3%nosuch -j ACCEPT
ip6tables -A INPUT -m conntrack --ctrepldst 2001:db8::4%lo -j ACCEPT
ip6tables -A INPUT -m policy --dir in --pol ipsec --tunnel-src fe80::5%lo -j ACCEPT
ip6tables -A INPUT -m iprange --src-range fe80::6%lo-fe80::7%lo -j ACCEPT
ip6tables -A INPUT -m recent --name x --mask ffff::%lo -j ACCEPT
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination fe80::8%lo
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [fe80::9%lo]:80
ip6tables -t mangle -A PREROUTING -j TEE --gateway fe80::a%lo
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip fe80::b%lo
ip6tables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-srcmask 64 -j ACCEPT
ip6tables -S
ip6tables -t mangle -S
ip6tables -A INPUT -m conntrack --ctorigsrc ff02::1%lo,fe80::1%lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctorigsrc fe80::c%1x -j ACCEPT
ip6tables -t mangle -A PREROUTING -j TEE --gateway ff02::d%4294967296
ip6tables-legacy -A INPUT -m conntrack --ctorigsrc fe80::1%lo -j ACCEPT
ip6tables-legacy -S INPUT
