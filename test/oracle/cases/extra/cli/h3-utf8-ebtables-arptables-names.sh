ebtables -N üüüüüüüüüüüüüüü
ebtables -N aüüüüüüüüüüüüüü
ebtables -N abcdefghijklmnopqrstuvwxyzabcde
ebtables -N abcdefghijklmnopqrstuvwxyzabcdef
ebtables -A INPUT -i üüüüüüü -j ACCEPT
ebtables -A INPUT -i üüüüüüüü -j ACCEPT
ebtables -A INPUT --logical-in üüüüüüüü -j ACCEPT
ebtables -A INPUT --log-prefix üüüüüüüüüüüüüü --log
ebtables -A INPUT --log-prefix üüüüüüüüüüüüüüü --log
ebtables -A INPUT --log-prefix aüüüüüüüüüüüüüü --log
ebtables -A INPUT --nflog-prefix üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü --nflog
ebtables -A INPUT -j mark --mark-set 1
ebtables -L
ebtables -E aüüüüüüüüüüüüüü üüüüüüüüüüüüüüüü
ebtables -E aüüüüüüüüüüüüüü üüüüüüüüüüüüüüüa
ebtables -L --Lc
arptables -A INPUT -i üüüüüüüü -j ACCEPT
arptables -A INPUT -o üüüüüüü -j ACCEPT
arptables -L
arptables -L -v
