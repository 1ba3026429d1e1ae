# iptables-translate: an empty --dccp-types list (saved as a bare option) translates to nothing, not a crash
iptables-translate -I INPUT -m dccp --dccp-types ''
iptables-translate -A INPUT -p dccp -m dccp --dccp-types ''
iptables -A INPUT -p dccp -m dccp --dccp-types ''
iptables -A INPUT -p dccp -m dccp --dccp-types ,
iptables-translate -A INPUT -p dccp -m dccp --dccp-types ,
iptables -S INPUT
