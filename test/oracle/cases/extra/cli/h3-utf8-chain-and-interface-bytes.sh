iptables -N üüüüüüüüüüüüüü
iptables -N üüüüüüüüüüüüüüü
iptables -N aüaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -N üaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -A INPUT -i üüüüüüü -j ACCEPT
iptables -A INPUT -i üüüüüüüü -j ACCEPT
iptables -A INPUT -i aüüüüüüü -j ACCEPT
iptables -A INPUT -j LOG --log-prefix "éééééééééééééé"
iptables -A INPUT -j LOG --log-prefix "ééééééééééééééé"
iptables -A INPUT -j LOG --log-prefix "aéééééééééééééé"
iptables -A INPUT -m comment --comment "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -m comment --comment "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -m comment --comment "aééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -m string --algo bm --string "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -m string --algo bm --string "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -m recent --name "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" --set
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" -j ACCEPT
iptables -A INPUT -j NFLOG --nflog-prefix "éééééééééééééééééééééééééééééééééééééééé"
iptables -A INPUT -j NFLOG --nflog-prefix "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
iptables -t raw -A PREROUTING -j CT --helper "éééééééé"
iptables -S
iptables -L -n
iptables -N é
iptables -N ééé
iptables -A INPUT -j é
iptables -A INPUT -j ééé
iptables -A INPUT -i éé -o ü -j ééé
iptables -A FORWARD -i ééé+ -o üüüü -j é
iptables -L -n
iptables -L -v -n
iptables -L -v
iptables -E ééé üüüüüüüüüüüüüüx
iptables -E ééé üüüüüüüüüüüüüx
iptables -A INPUT -m éééééééééééééé -j ACCEPT
iptables -A INPUT -m ééééééééééééééé -j ACCEPT
iptables -A INPUT -j éééééééééééééé
iptables -A INPUT -j ééééééééééééééé
iptables-restore --noflush <<'EOT'
*filter
:üüüüüüüüüüüüüü - [0:0]
:üüüüüüüüüüüüüüü - [0:0]
COMMIT
EOT
iptables-restore --noflush <<'EOT'
*filter
-A FORWARD -i üüüüüüüü -j ACCEPT
COMMIT
EOT
iptables-legacy -N üüüüüüüüüüüüüüü
iptables-legacy -A INPUT -i üüüüüüüü -j ACCEPT
ip6tables -N üüüüüüüüüüüüüüü
ip6tables -A INPUT -o üüüüüüüü -j ACCEPT
iptables-translate -A INPUT -i üüüüüüüü -j ACCEPT
iptables-save | grep -v '^#'
