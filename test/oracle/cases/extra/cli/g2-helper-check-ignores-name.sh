# -m helper: -C/-D compare only the '!' (libxt_helper's userspacesize stops before the name), so any helper name finds the first helper rule, in nft, legacy and ip6tables
iptables -A INPUT -m helper --helper ftp
iptables -C INPUT -m helper --helper ftp-21; echo $?
iptables -C INPUT -m helper --helper ftpx; echo $?
iptables -C INPUT -m helper --helper ft; echo $?
iptables -C INPUT -m helper --helper FTP; echo $?
iptables -C INPUT -m helper --helper sip; echo $?
iptables -A INPUT -m helper --helper ftp-2121
iptables -C INPUT -m helper --helper ftp; echo $?
iptables -D INPUT -m helper --helper ftp-9; echo $?
iptables -S INPUT
iptables -A INPUT -m helper --helper abc
iptables -C INPUT -m helper --helper abcd; echo $?
iptables -C INPUT -m helper --helper ab; echo $?
iptables -C INPUT -m helper --helper xyz; echo $?
iptables -A INPUT -m helper --helper ""
iptables -C INPUT -m helper --helper x; echo $?
iptables -C INPUT -m helper --helper ""; echo $?
iptables-legacy -A INPUT -m helper --helper ftp
iptables-legacy -C INPUT -m helper --helper ftp-21; echo $?
iptables-legacy -C INPUT -m helper --helper ftpx; echo $?
iptables -A INPUT -m helper ! --helper ftp
iptables -C INPUT -m helper --helper ftp; echo $?
iptables -C INPUT -m helper ! --helper sip; echo $?
iptables -A INPUT -m helper --helper x -m helper ! --helper y
iptables -C INPUT -m helper --helper a -m helper ! --helper b; echo $?
iptables -C INPUT -m helper ! --helper a -m helper --helper b; echo $?
ip6tables -A INPUT -m helper --helper ftp
ip6tables -D INPUT -m helper --helper tftp; echo $?
ip6tables -S INPUT
