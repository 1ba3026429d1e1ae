ebtables -A INPUT -i + -j ACCEPT
ebtables -A INPUT -i ! eth0 -o + -j DROP
ebtables -A OUTPUT -o + --logical-out + -j ACCEPT
ebtables -L
ebtables-save
nft list ruleset
ebtables -F
ebtables -A INPUT -i ! + -j ACCEPT
ebtables -A INPUT -j DROP
ebtables -L
ebtables -L INPUT
ebtables -L FORWARD
ebtables -L --Ln
ebtables-save
ebtables -C INPUT -j DROP
ebtables -D INPUT -j DROP
ebtables -D INPUT 2
ebtables -Z INPUT
ebtables -I INPUT 1 -j ACCEPT
ebtables -L INPUT
ebtables -D INPUT 1
ebtables -F INPUT
ebtables -L INPUT
ebtables -A OUTPUT -o ! + -j ACCEPT
ebtables -L OUTPUT
ebtables -t nat -A PREROUTING -i ! + -j ACCEPT
ebtables -t nat -L
ebtables -L
