# iptables-nft decodes every tcp/udp port compare into the rule's first payload match: a
# "0:b" range is "<= b" (inverted "> b"), other ranges and single ports set both ends.
iptables -A INPUT -p tcp ! --dport 1024:65535
iptables -A INPUT -p tcp ! --dport 1:65535
iptables -A INPUT -p tcp ! --dport 0:1
iptables -A INPUT -p tcp ! --dport 0:65534
iptables -A INPUT -p tcp ! --sport 65535:65535 --dport 0:0
iptables -A INPUT -p udp -m udp --dport 65535 -m udp --dport :463
iptables -A INPUT -p udp -m udp --dport 100:200 -m udp --dport 300:
iptables -A INPUT -p udp -m udp --dport 100:200 -m udp ! --dport 300:
iptables -A INPUT -p udp -m udp ! --dport 100:200 -m udp --dport :300
iptables -A INPUT -p udp -m udp --dport 5 -m udp ! --dport 0:300
iptables -A INPUT -p udp -m udp ! --dport 5 -m udp --dport 7
iptables -A INPUT -p tcp -m tcp --dport 5:10 -m tcp --sport 7 -m tcp ! --dport 8:9
iptables -A INPUT -p tcp -m tcp --dport 500: -m tcp --dport :400
iptables -A INPUT -p tcp -m tcp --sport 500: -m tcp --dport :400 -m tcp --sport 1:2
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -p udp -m udp --dport 65535 -m udp --dport :463
iptables -D INPUT -p tcp -m tcp --dport 500: -m tcp --dport :400
iptables -L INPUT -n --line-numbers
