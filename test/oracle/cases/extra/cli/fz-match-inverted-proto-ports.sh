# tcp/udp ports under "! -p": iptables-nft checks only the protocol number, so payload
# matches are accepted; content-free or --tcp-option matches go to the kernel, which refuses.
iptables -A FORWARD ! -p udp -s 192.168.58.16 ! --dport 43831:45747 ! --sport 13367:15014 -j RETURN
iptables -A OUTPUT ! --proto udp --dport 730: ! --source-port http:3907 -j DROP
iptables -A INPUT ! -p tcp --syn -j DROP
iptables -A INPUT ! -p tcp ! --tcp-flags urg syn,fin,psh,ack -j REJECT
iptables -A INPUT ! -p tcp -m udp --tcp-flags SYN SYN -j ACCEPT
iptables -A INPUT ! -p tcp --tcp-option 2 -j ACCEPT
iptables -A INPUT ! -p udp -m udp -j ACCEPT
iptables -A INPUT -p udp -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --tcp-flags NONE urg
iptables -A INPUT -p tcp -m tcp --tcp-flags NONE NONE
iptables -A INPUT -p tcp --tcp-flags NONE SYN --dport 22
iptables -A INPUT -p tcp -m tcp --tcp-flags NONE SYN -m comment --comment x
iptables -A INPUT -p tcp -m tcp --tcp-flags NONE SYN -m tcp --dport 4
iptables -S
iptables -L -n -v
iptables -L
iptables -C INPUT -p tcp -m tcp --tcp-flags NONE SYN
iptables -D INPUT ! -p tcp --syn -j DROP
iptables -D OUTPUT ! --proto udp --dport 730: ! --source-port http:3907 -j DROP
iptables-save
