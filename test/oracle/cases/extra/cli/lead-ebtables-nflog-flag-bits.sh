ebtables -A INPUT --nflog --nflog-group 2 -j DROP
ebtables -A INPUT --nflog --nflog-threshold 2 -j DROP
ebtables -A INPUT --nflog --nflog-range 64 -j DROP
ebtables -A INPUT --nflog --nflog-prefix x -j DROP
ebtables -A INPUT --nflog-prefix x --nflog -j DROP
ebtables -A INPUT --nflog-range 64 --nflog -j DROP
ebtables -A INPUT --nflog-group 2 --nflog -j DROP
ebtables -A INPUT --nflog-threshold 3 --nflog -j DROP
ebtables -A INPUT --nflog-prefix x --nflog-range 64 -j DROP
ebtables -A INPUT --nflog --nflog -j DROP
ebtables -L
ebtables-translate -A INPUT --nflog --nflog-group 3 -j DROP
