iptables-restore <<'EOT'
*filter
-A INPUT -p tcp --dport 22 -j ACCEPT
COMMIT
EOT
iptables-restore <<'EOT'
*filter
:WEB - [0:0]
COMMIT
EOT
iptables-restore <<'EOT'
*filter
:WEB - [0:0]
-A WEB -j ACCEPT 
COMMIT
EOT
iptables-restore <<'EOT'
*filter 
COMMIT
EOT
iptables-restore <<'EOT'
*filter
-A INPUT -m comment --comment "a b" -j ACCEPT
COMMIT 
EOT
iptables-legacy-restore <<'EOT'
*filter
-A INPUT -p tcp --dport 22 -j ACCEPT
COMMIT
EOT
iptables-legacy-restore <<'EOT'
*filter
:WEB - [0:0]
COMMIT
EOT
iptables-legacy-restore <<'EOT'
*filter 
COMMIT
EOT
iptables -N WEB 
iptables -N 'WEB X'
arptables -N WEB 
ebtables -N WEB 
iptables -S
iptables-legacy -S
arptables -L
ebtables -L
iptables -A INPUT -j WEB 
iptables -A INPUT -i eth0  -j ACCEPT
iptables -A INPUT -i 'eth ' -j ACCEPT
iptables -S INPUT
