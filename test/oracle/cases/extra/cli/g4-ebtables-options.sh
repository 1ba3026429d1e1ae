# ebtables-nft: option mistakes and their messages, -Z with -L, -N CHAIN -P POLICY, ip match parse errors
ebtables -X INPUT; echo rc=$?
ebtables -L | head -3
ebtables -N B; ebtables -N A; ebtables -t nat -N Z; ebtables -t nat -A POSTROUTING -j Z; ebtables -A A -j B
ebtables -L
ebtables-save -c
ebtables -X B; echo rc=$?
ebtables -X A B; echo rc=$?
ebtables -A INPUT -j ACCEPT; ebtables -A INPUT; ebtables -L INPUT -Z; ebtables -L -Z INPUT; echo rc=$?
ebtables -Z -L; echo rc=$?
ebtables -Z INPUT -L; echo rc=$?
ebtables -F INPUT -Z; echo rc=$?
ebtables -L --Lc --Ln INPUT; echo rc=$?
ebtables -L --Lx --Ln; echo rc=$?
ebtables --Ln -L; echo rc=$?
ebtables -A INPUT --Lc; echo rc=$?
ebtables -L INPUT -j ACCEPT; echo rc=$?
ebtables -j ACCEPT; echo rc=$?
ebtables -A INPUT -A OUTPUT; echo rc=$?
ebtables -A INPUT --foo; echo rc=$?
ebtables -A INPUT foo; echo rc=$?
ebtables -A; echo rc=$?
ebtables -P U DROP -P A DROP; echo rc=$?
ebtables -N C -P DROP; echo rc=$?; ebtables-save | grep C
ebtables -E A; echo rc=$?
ebtables -E A X Y; echo rc=$?
ebtables -E A "a b"; echo rc=$?
ebtables -N "a b"; echo rc=$?
ebtables -N 123456789012345678901234567890123; echo rc=$?
ebtables -N ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport 100:50 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto tcp --ip-dport ssh --ip-sport :1023 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-tos 256 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-src 1.2.3.400 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-proto foo -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 ! --ip-src 1.2.3.4 -j ACCEPT; echo rc=$?
ebtables -A INPUT -p IPv4 --ip-dst 10.0.0.0/24 --ip-src 192.168.1.1/32 --ip-proto 0 -j ACCEPT; echo rc=$?
ebtables -L INPUT
ebtables -I INPUT 0 -j ACCEPT; echo rc=$?
ebtables -I INPUT x -j ACCEPT; echo rc=$?
ebtables -A INPUT -j ACCEPT -j DROP; echo rc=$?
ebtables -t nat -L; ebtables -t filter -t nat -L; echo rc=$?
ebtables -V -L; echo rc=$?
ebtables -L -V; echo rc=$?
ebtables --version
