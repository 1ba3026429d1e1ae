# dpkg/dpkg-query over the network packages, as install guides check them
dpkg -l iptables nftables iproute2 'libnftnl*' 'libxtables*'
dpkg -l iptables
dpkg -l | grep -E '^ii  (iptables|nftables|iproute2|netbase) '
dpkg -l 'iptables*' 'nft*'
dpkg -l netbase kmod
dpkg -l iptables-persistent
dpkg -l iptables ufw firewalld
dpkg -l IPTABLES
dpkg -s iptables
dpkg -s iptables | grep -E '^(Version|Status):'
dpkg -s nftables libmnl0
dpkg -s libmnl0 nosuch1
dpkg -s libxtables11
dpkg -L iptables | head -20
dpkg -L iptables | grep -c sbin
dpkg -L netbase libmnl0
dpkg -L nosuch1 netbase
dpkg -L
dpkg -S
dpkg -S nosuchfile
dpkg -S /usr/sbin/iptables
dpkg -S xtables-nft-multi
dpkg-query -W iptables nftables iproute2
dpkg-query -W -f='${Version}\n' iptables
dpkg-query -W -f='${Package} ${Status}\n' iptables nftables
dpkg-query -W -f='${binary:Package} ${Architecture} ${db:Status-Abbrev}|\n' libmnl0
dpkg-query -W nosuch
dpkg-query -l 'libnetfilter*' libnfnetlink0
dpkg --get-selections iptables nftables
dpkg --version
dpkg --print-architecture
dpkg
dpkg --bogus
dpkg -q
