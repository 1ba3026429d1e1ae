# ipvs: the kernel lacks xt_ipvs, so iptables warns once, checks the options like libxt_ipvs,
# and the kernel then refuses the rule.
iptables -A INPUT -m ipvs
iptables -A INPUT -m ipvs --vproto foo
iptables -A INPUT -m ipvs --vproto 300
iptables -A INPUT -m ipvs --vaddr 1.2.3
iptables -A INPUT -m ipvs --vport x
iptables -A INPUT -m ipvs --vport 70000
iptables -A INPUT -m ipvs --vportctl x
iptables -A INPUT -m ipvs --vdir x
iptables -A INPUT -m ipvs --vmethod x
iptables -A INPUT -m ipvs --vmethod gate
iptables -A INPUT -m ipvs --vproto tcp --vproto udp
iptables -A INPUT -m ipvs ! --ipvs --vproto tcp
iptables -A INPUT -m ipvs --vproto tcp ! --ipvs
iptables -A INPUT -m ipvs --ipvs -m ipvs
iptables -I INPUT -p tcp -m ipvs --vport 80 --dport 22
iptables -S
iptables -A INPUT -m ipvs ! --vdir ORIGINAL
iptables -A INPUT -m ipvs --vaddr host.example
iptables -A INPUT -m ipvs --vaddr 1.2.3.4/33
iptables -A INPUT -m ipvs --vdir
iptables -A INPUT -m ipvs --bogus
iptables -A INPUT -m ipvs -m ipvs --vproto tcp -m ipvs
iptables -m ipvs -h
