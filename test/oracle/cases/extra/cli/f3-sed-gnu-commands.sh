# GNU sed over iptables output: addresses (first~step, addr,+N, addr,~N), R/W/e/v, empty matches after a match, w files opened up front; mawk gsub the same way
iptables -A INPUT -i lo -j ACCEPT; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; iptables -A INPUT -s 10.0.0.0/8 -j DROP; iptables -N LOGDROP; iptables -A LOGDROP -j DROP
iptables -S > /tmp/r; iptables -L -n --line-numbers > /tmp/l; echo ok
sed -n '/^-A/{s/-A //;p}' /tmp/r
sed -E 's/--dport ([0-9]+)/port=\1/; T; s/$/ !/' /tmp/r
sed '/tcp/a\after tcp' /tmp/r | head -7
sed '2i\inserted' /tmp/r | head -3
sed '$a END' /tmp/r | tail -2
sed -n '2~2p' /tmp/r
sed -n '0~3p' /tmp/r
sed '1~3d' /tmp/r
sed -n '/FORWARD/,+2p' /tmp/r
sed -n '/FORWARD/,~4p' /tmp/r
sed 's/ACCEPT/\L&/; s/DROP/\u&X/' /tmp/r
sed -n 'l' /tmp/l | head -3
sed -n '$=' /tmp/r
sed '=' /tmp/r | head -4
sed 'y/ABC/abc/' /tmp/r | head -2
sed -s -n '1p' /tmp/r /tmp/l
sed -z 's/\n/,/g' /tmp/r; echo
sed 'N;s/\n/ + /' /tmp/r
sed '$!N;P;D' /tmp/r | head -3
sed -n 'h;n;G;p' /tmp/r
sed 's/[[:space:]]\+/ /g;s/^ //' /tmp/l
sed -e '/^Chain/!d' -e 's/Chain \(\w*\).*/\1/' /tmp/l
sed '/INPUT/{/tcp/d}' /tmp/r
sed 's/a/b/3' /tmp/r | head -4
sed 's/A/x/gi' /tmp/r | head -2
sed 's/\(-[A-Z]\) \([A-Z]*\)/\2 \1/w /tmp/w' /tmp/r > /dev/null; cat /tmp/w
sed -n '/lo/{=;p}' /tmp/r
sed 'q5' /tmp/r; echo rc=$?
sed '3Q' /tmp/r
sed -n '2{p;q}' /tmp/r
sed 'c\changed' /tmp/r | head -2
sed '2,4c\range' /tmp/r
sed 'e echo hi' /tmp/r | head -2
sed -i.bak 's/ACCEPT/OK/' /tmp/r; cat /tmp/r.bak | head -1; head -1 /tmp/r
sed 'r /tmp/w' /tmp/r | head -4
sed '1R /tmp/w' /tmp/r | head -3
sed 'W /tmp/first' /tmp/r > /dev/null; cat /tmp/first | head -2
sed -n '/x/I p' <<< X
sed 's/x/\n/' <<< axb
sed 's/b*/-/g' <<< abc
sed -E 's/(a|b)+/<&>/' <<< aabbc
sed 'v' /tmp/r | head -1
sed -n '/^$/!{p}' /tmp/l | wc -l
sed 's#/#|#g' <<< 10.0.0.0/8
sed 'F' /tmp/r | head -2
sed 'z;s/^$/empty/' <<< abc
sed -u 1d /tmp/r | head -1
sed -n '/zzz/w /tmp/empty' /tmp/r; ls /tmp | grep -c empty; wc -c < /tmp/empty
awk 'BEGIN { s = "abc"; gsub(/b*/, "-", s); print s; t="abc"; print gsub(/x*/, "-", t), t; u="abbc"; print sub(/b*/,"X",u), u; v="hello"; gsub(/l*/,"[&]",v); print v }'
