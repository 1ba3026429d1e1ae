iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/::ffff:255.255.255.0 -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctorigdst ::ffff:10.0.0.0/8 -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctreplsrc ::ffff:1.2.3.4/::ffff:255.0.0.0 -j ACCEPT; echo rc=$?
iptables -A INPUT -m recent --set --mask ::ffff:255.255.255.0; echo rc=$?
iptables -A INPUT -m recent --name b --set --mask ::1; echo rc=$?
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src ::ffff:1.2.3.4 -j ACCEPT; echo rc=$?
iptables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-dst ::ffff:1.2.3.0/24 -j ACCEPT; echo rc=$?
iptables -t nat -A POSTROUTING -j NETMAP --to ::ffff:10.0.0.0/8; echo rc=$?
iptables -A INPUT -j TEE --gateway ::1; echo rc=$?
iptables -A INPUT -j TEE --gateway ::ffff:5.6.7.8; echo rc=$?
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-srcmask 24 -j ACCEPT; echo rc=$?
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip ::ffff:1.2.3.4; echo rc=$?
ip6tables -A INPUT -m conntrack --ctorigsrc 1.2.3.4 -j ACCEPT; echo rc=$?
ip6tables -A INPUT -j TEE --gateway 1.2.3.4; echo rc=$?
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-dstmask ::ffff:255.255.0.0 -j ACCEPT; echo rc=$?
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask ::ffff:255.255.255.0 -j REJECT; echo rc=$?
iptables -A INPUT -m conntrack --ctorigsrc ::ffff:1.2.3.4/::1 -j ACCEPT; echo rc=$?
iptables -S
iptables -t nat -S
iptables -t mangle -S
iptables -L INPUT -n
iptables -A INPUT -s ::ffff:1.2.3.4%lo -j ACCEPT; echo rc=$?
iptables -A INPUT -s ::ffff:1.2.3.4%1 -j ACCEPT; echo rc=$?
iptables -A INPUT -s ::ffff:1.2.3.4%bogus -j ACCEPT; echo rc=$?
iptables -A INPUT -s 1.2.3.4%lo -j ACCEPT; echo rc=$?
iptables -A INPUT -m conntrack --ctorigsrc ::ffff:1.2.3.4%lo -j ACCEPT; echo rc=$?
iptables -A INPUT -j TEE --gateway ::ffff:1.2.3.4%1; echo rc=$?
iptables -S INPUT
