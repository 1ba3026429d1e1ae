# iptables-save options: getopt names the program as invoked; nft's -V and manual hint too; no -4/-6/--ipv4/--binary; -b only warns
iptables-nft-save -x
iptables-legacy-save -x
ip6tables-legacy-save --bogus
ip6tables-nft-save -t
xtables-nft-multi iptables-nft-save -x
xtables-nft-multi iptables-save -x
xtables-legacy-multi iptables-legacy-save -x
iptables-nft-save -V
iptables-legacy-save -V
ip6tables-nft-save --version
iptables-save -V
iptables-nft-save -t nat | head -1
ip6tables-nft-save -t nat | head -1
iptables-legacy-save -t nat | head -1
ip6tables-legacy-save -t nat | head -1
iptables-nft-save -t bogus
iptables-legacy-save -t bogus
iptables-save --table=raw | head -2
iptables-save -tnat | head -2
iptables-save -t nat -t raw | head -2
iptables-save -c -c -t nat | head -3
iptables-save -M
iptables-save --modprobe=/x -t raw | grep -c raw
iptables-save -d
iptables-save -b
iptables-save -4 | head -1
iptables-save -6
ip6tables-save -4
ip6tables-save -6 -t raw | head -2
iptables-legacy-save -4 | head -1
iptables-legacy-save -6 | head -1
ip6tables-legacy-save -6 | head -1
iptables-legacy-save -b | head -1
iptables-legacy-save --binary | head -1
iptables-save --binary | head -1
iptables-save --ipv4 | head -1
iptables-legacy-save --ipv4 | head -1
iptables-save -V -x
iptables-save -x -V
iptables-save -bc -t nat | head -3
iptables-legacy-save -V
ip6tables-legacy-save -V
xtables-nft-multi iptables-save -V
iptables-save --vers
iptables-save --dump | head -1
iptables-legacy-save -d | head -1
iptables-save --tab nat | head -2
iptables-save --coun -t nat | grep -c '^\['
iptables-save --c -t nat | head -2
iptables-save --ver
iptables-save --mod=/x -t raw | head -2
iptables-save --fi /tmp/o -t raw
iptables-save --d | head -1
iptables-save -tnat -c | head -2
iptables-save -ct nat | head -2
iptables-save -t nat -t filter | grep '^\*'
iptables-save -c nat
iptables-save --table
iptables-save --table=
iptables-save -t ''
iptables-save -t NAT
ip6tables-save -t NAT
iptables-legacy-save -t ''
iptables-save -- -t nat
iptables-save - 
iptables-save -h
iptables-save --help
iptables-legacy-save -h
iptables-restore --nof < /dev/null
iptables-restore --co -n < /dev/null
iptables-save --tab
iptables-save --fil
iptables-save -c --
iptables-save -- | head -1
iptables-legacy-save -t nat -- x
