# ip6tables host options of extensions resolve names through /etc/hosts' IPv6 lines only (the
# oracle machine's file has none, so even localhost fails there, and -L prints ::1 as a number).
ip6tables -t mangle -A PREROUTING -j TEE --gateway localhost
ip6tables -t mangle -A PREROUTING -j TEE --gateway ip6-localhost
ip6tables -t mangle -A PREROUTING -j TEE --gateway ip6-allnodes
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip localhost
ip6tables -t nat -A PREROUTING -j NETMAP --to localhost/128
ip6tables -A INPUT -m srh --srh-nsid ip6-localhost
ip6tables -A INPUT -s ip6-localhost
ip6tables -A INPUT -s localhost
ip6tables -t mangle -S
ip6tables -S INPUT
ip6tables -A INPUT -m conntrack --ctorigsrc localhost
ip6tables -A INPUT -m policy --dir in --pol ipsec --tunnel-src ip6-localhost --tunnel-dst ::1
ip6tables -A INPUT -m recent --name x --set --mask ip6-localhost
ip6tables -t mangle -A PREROUTING -j SNPT --src-pfx localhost --dst-pfx ::2
ip6tables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name h --hashlimit-srcmask localhost
ip6tables -S
ip6tables -A INPUT -m conntrack --ctorigsrc ::1 --ctrepldst ::1/128
ip6tables -A INPUT -m policy --dir in --pol ipsec --tunnel-src ::1 --tunnel-dst ::2
ip6tables -L INPUT
