iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables-nft-save -ct
iptables-save -tc
iptables-save -cx
iptables-save --co
iptables-save --c
iptables-save --ta
iptables-save --bogus=x
iptables-save --counters=x
iptables-save --file=/tmp/o2 --version
cat /tmp/o2
ip6tables-save -f /tmp/o3 -V
cat /tmp/o3
iptables-legacy-save --fi --file=/tmp/o2 -6
iptables-save -f /tmp/o4 -x
cat /tmp/o4; echo "[$?]"
iptables-save -f /tmp/o5 -f /tmp/o6 -t filter
cat /tmp/o5; echo ---; grep -v '^#' /tmp/o6
iptables-save -f /nodir/x
iptables-save -b -x
iptables-save -b -t bogus
iptables-legacy-save -b extra
iptables-save -f /tmp/o7 extra
cat /tmp/o7; echo "[$?]"
iptables-save -f /tmp -t filter
iptables-save -M
iptables-save -t
iptables-save -t nat -t filter | grep '^\*'
