ip6tables -N LOG_DROP
ip6tables -Z INPUT 3
ip6tables -I INPUT 2 -s fe80::3c85:5744/64 -p 58 --icmpv6-type no-route -j ACCEPT
ip6tables -A INPUT -j LOG_DROP
ip6tables -j LOG_DROP -A FORWARD -i br0
ip6tables -S INPUT 2
ip6tables -R LOG_DROP 3 -p tcp --dport https -m conntrack --ctstate NEW -m iprange --src-range 2001:db8::d2e1-2001:db8::d1f8 -j ACCEPT
ip6tables -Z INPUT 3
ip6tables -R INPUT 2 -m conntrack --ctstate RELATED,ESTABLISHED,NEW -m recent --update --name r2 -j REJECT --reject-with icmp-port-unreachable
ip6tables -A INPUT -j LOG_DROP
ip6tables -g LOG_DROP -A FORWARD -i br0
ip6tables -R LOG_DROP 2 -d 2001:db8::df09,2001:db8::2ee0 -p all -j RETURN
ip6tables -S INPUT 2
ip6tables -A LOG_DROP -d 2001:db8::c047/67 -i eth1 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED -j RETURN
ip6tables -L INPUT 2 -n
ip6tables -R INPUT 1 -s 2001:db8::49a7 -d 2001:db8::/ffff:ffff:f0f0:: -i eth1 -p esp -m conntrack --ctstate NEW -j REJECT
ip6tables -Z INPUT 3
ip6tables -S
ip6tables -L LOG_DROP -n -v
ip6tables -E LOG_DROP renamed6
ip6tables -X renamed6
ip6tables -F
ip6tables -X
ip6tables -L -n
