ip6tables-legacy -N m
ip6tables-legacy -A FORWARD -s 2001:db8::/32 -d ::1 -i eth+ ! -o lo -p tcp -g m -c 3 4
ip6tables-legacy -A FORWARD ! -s 2001:db8::/ffff:0:ffff:: -d fe80::1/64 -j ACCEPT
ip6tables-legacy -A m -j QUEUE
ip6tables-legacy -A m
ip6tables-legacy -vv -A OUTPUT ! -p tcp -j m
ip6tables-legacy -vv -S
ip6tables-legacy -vv -X nosuch
ip6tables-legacy -vv -I m 9 -j ACCEPT
