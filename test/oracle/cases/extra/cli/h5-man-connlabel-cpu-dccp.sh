iptables -A INPUT -m connlabel --label 1 -j ACCEPT
iptables -A INPUT -m connlabel ! --label 127 -j ACCEPT
iptables -A INPUT -m connlabel --label 5 --set -j ACCEPT
iptables -A INPUT -m connlabel --label 128 -j ACCEPT
iptables -A INPUT -m connlabel --label eth0-in -j ACCEPT
iptables -A INPUT -m connlabel --set -j ACCEPT
iptables -A INPUT -m connlabel --label 0x3 -j ACCEPT
iptables -A INPUT -m connlabel --lab 4 -j ACCEPT
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu --cpu 0 -j REDIRECT --to-port 8080
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu --cpu 1 -j REDIRECT --to-port 8081
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu ! --cpu 2 -j REDIRECT --to-ports 8082-8083
iptables -t nat -A PREROUTING -p tcp --dp 80 -m cpu --cpu 4294967295 -j REDIRECT
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu --cpu 4294967296 -j REDIRECT
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu --cpu -1 -j REDIRECT
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu --cpu 0x10 -j REDIRECT
iptables -t nat -A PREROUTING -p tcp --dport 80 -m cpu -j REDIRECT
iptables -A INPUT -p dccp --sport 1000:2000 --dport 5000 -j ACCEPT
iptables -A INPUT -p dccp -m dccp ! --sport 1000 ! --dport 5000: -j ACCEPT
iptables -A INPUT -p dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID -j ACCEPT
iptables -A INPUT -p dccp ! --dccp-types request,ack -j DROP
iptables -A INPUT -p dccp --dccp-option 42 -j ACCEPT
iptables -A INPUT -p dccp ! --dccp-option 255 -j ACCEPT
iptables -A INPUT -p dccp --dccp-option 256 -j ACCEPT
iptables -A INPUT -p dccp --dccp-types FOO -j ACCEPT
iptables -A INPUT -p dccp --source-port ssh --destination-port http -j ACCEPT
iptables -A INPUT -p dccp --dport :1023 -j ACCEPT
iptables -A INPUT -p dccp --dccp-types SYNC --dccp-option 1 --sport 7 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -t nat -S PREROUTING
iptables -t nat -L PREROUTING -n
iptables-save | grep -v '^#'
iptables-translate -A INPUT -m connlabel ! --label 127 -j ACCEPT
iptables-translate -A INPUT -m connlabel --label 5 --set -j ACCEPT
iptables-translate -t nat -A PREROUTING -p tcp --dport 80 -m cpu ! --cpu 2 -j REDIRECT --to-ports 8082-8083
iptables-translate -A INPUT -p dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID -j ACCEPT
iptables-translate -A INPUT -p dccp ! --dccp-types request,ack --dccp-option 4 ! --sport 1:2 -j DROP
ip6tables -A INPUT -p dccp --dccp-types SYNC ! --dport 22 -j ACCEPT
ip6tables -A INPUT -m cpu --cpu 3 -m connlabel --label 9 -j ACCEPT
ip6tables -S INPUT
ip6tables-translate -A INPUT -p dccp --dccp-types SYNC ! --dport 22 -j ACCEPT
