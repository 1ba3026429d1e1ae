printf '%s\n' '*mangle' ':balance - [0:0]' '-A PREROUTING -i eth1 -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff' '-A POSTROUTING -o eth0 -j RATEEST --rateest-name eth0 --rateest-interval 250ms --rateest-ewma 0.5s' '-A balance -m conntrack --ctstate NEW -m helper --helper ftp -m rateest --rateest-delta --rateest1 eth0 --rateest-bps1 2.5mbit --rateest-gt --rateest2 eth0 --rateest-bps2 2mbit -j CONNMARK --set-mark 1' '-A PREROUTING -m string --algo bm --string "GET /index.html" -j ACCEPT' '-A PREROUTING -m u32 --u32 "0 & 0xFFFF = 0x100:0xFFFF" -j ACCEPT' '-A PREROUTING -m time --weekdays Sa,Su --timestart 12:30 --timestop 13:30 -j ACCEPT' '-A PREROUTING -p udp -m string --algo bm --from 40 --to 57 --hex-string "|03|www|09|netfilter|03|org|00|" -j ACCEPT' '-A PREROUTING -j NFLOG --nflog-prefix "rpfilter drop"' '-A PREROUTING -m hashlimit --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-mode dstip --hashlimit-name e -j DROP' 'COMMIT' > /tmp/ext.rules
iptables-restore --test < /tmp/ext.rules; echo rc=$?
iptables-restore < /tmp/ext.rules; echo rc=$?
iptables-save -t mangle | grep -v '^#'
iptables-save -c -t mangle | grep -v '^#' | head -4
iptables-save -t mangle > /tmp/saved.rules
iptables -t mangle -F
iptables -t mangle -X balance
iptables-restore < /tmp/saved.rules; echo rc=$?
iptables-save -t mangle | grep -v '^#' | diff - /tmp/saved.rules | grep -v '^[<>] #'
iptables-restore-translate -f /tmp/ext.rules | grep -v "^#"
iptables -t mangle -L -n
printf '%s\n' '*filter' '-A INPUT -m string --algo bm --string "unterminated -j ACCEPT' 'COMMIT' | iptables-restore; echo rc=$?
printf '%s\n' '*filter' '-A INPUT -m u32 --u32 "0=1" "extra" -j ACCEPT' 'COMMIT' | iptables-restore; echo rc=$?
printf '%s\n' '*filter' '-A INPUT -m hashlimit --hashlimit-upto 1/s -j ACCEPT' 'COMMIT' | iptables-restore; echo rc=$?
printf '%s\n' '*filter' '-A INPUT -m time --weekdays Funday -j ACCEPT' 'COMMIT' | iptables-restore; echo rc=$?
printf '%s\n' '*filter' '-A INPUT -m connlabel --label 128 -j ACCEPT' 'COMMIT' | iptables-restore; echo rc=$?
printf '%s\n' '*filter' '-A INPUT -m cpu --cpu 1 -j ACCEPT' '-A INPUT -m cpu --cpu x -j ACCEPT' 'COMMIT' | iptables-restore; echo rc=$?
printf '%s\n' '*filter' "-A INPUT -m string --algo bm --string 'single quoted' -j ACCEPT" "-A INPUT -m comment --comment 'it''s' -j ACCEPT" 'COMMIT' | iptables-restore; echo rc=$?
iptables -S INPUT
printf '%s\n' '*nat' '-A PREROUTING -d 1.2.3.0/24 -j NETMAP --to 5.6.7.0/24' '-A PREROUTING -p tcp --dport 80 -m cpu --cpu 0 -j REDIRECT --to-port 8080' 'COMMIT' | ip6tables-restore; echo rc=$?
printf '%s\n' '*nat' '-A PREROUTING -d 2001:db8:1::/64 -j NETMAP --to 2001:db8:2::/64' 'COMMIT' | ip6tables-restore; echo rc=$?
ip6tables-save -t nat | grep -v '^#'
