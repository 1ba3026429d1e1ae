# eui64 has no print function: ip6tables-legacy's listing prints its name ("eui64 ") glued to the
# addresses, ip6tables-nft prints nothing for it.
ip6tables-legacy -A INPUT -m eui64
ip6tables-legacy -A INPUT -p tcp -m eui64 --dport 22 -m comment --comment x
ip6tables-legacy -v -A FORWARD -m eui64 -j ACCEPT
ip6tables-legacy -L INPUT -n
ip6tables-legacy -L INPUT
ip6tables-legacy -L -v -n INPUT
ip6tables-legacy -S INPUT
ip6tables -A INPUT -m eui64
ip6tables -v -A INPUT -m eui64 -j DROP
ip6tables -L INPUT -n
ip6tables -L INPUT -v
