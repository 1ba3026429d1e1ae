# iptables-legacy-save -t TABLE instantiates the table (later saves list it); an unknown table is libiptc's error
iptables-legacy-save
iptables-legacy-save -t raw -c
iptables-legacy-save | grep -v '^#'
iptables-legacy -t mangle -S
iptables-legacy-save | grep -v '^#'
iptables-legacy-save -t bogus
iptables-legacy-save -t security
iptables-legacy-save | grep -c '^\*'
iptables-legacy -t nat -L -n
iptables-legacy -t nat -F
iptables-legacy -t filter -Z
iptables-legacy-save | grep '^\*'
iptables-save -t raw
iptables-save
iptables -t security -S
iptables-save
iptables-save -t nat -c
iptables -t nat -L -n
iptables-save
ip6tables-legacy-save -t raw
ip6tables-legacy-save
ip6tables-save -t mangle
ip6tables-legacy-save -t bogus
ip6tables-legacy-save -t nat | grep -c nat
ip6tables-legacy-save | grep '^\*'
