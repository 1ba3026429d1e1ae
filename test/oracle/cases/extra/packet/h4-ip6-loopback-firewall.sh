# an ip6tables INPUT policy of DROP without "-i lo -j ACCEPT": local IPv6 connections hang
ip6tables -P INPUT DROP
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
curl -s -m 1 http://[::1]:80/; echo rc=$?
curl -sS http://[::1]:22/; echo rc=$?
ip6tables -I INPUT 1 -i lo -j ACCEPT
curl -sS http://[::1]:80/; echo rc=$?
curl -sS http://localhost:81/; echo rc=$?
ip6tables -L INPUT -v -n -x
ip6tables -A OUTPUT -o lo -p tcp --dport 81:89 -j ACCEPT
ip6tables -A OUTPUT -o lo -p tcp --sport 81:89 -j ACCEPT
ip6tables -A OUTPUT -o lo -p tcp --tcp-flags RST RST -j ACCEPT
curl -sS http://[::1]:82/; echo rc=$?
ip6tables -L OUTPUT -v -n -x
ip6tables -Z
ip6tables -R INPUT 1 -i lo -p tcp --dport 83 -j REJECT --reject-with tcp-reset
ip6tables -I INPUT 2 -i lo -p tcp --dport 84 -j REJECT --reject-with tcp-reset
ip6tables -I INPUT 2 -m conntrack --ctstate RELATED -j ACCEPT
curl -sS http://[::1]:83/; echo rc=$?
ip6tables -L -v -n -x
ip6tables-save -c | grep -v '^#'
