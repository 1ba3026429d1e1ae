iptables -N FOO
iptables -A INPUT -jDROP
iptables -A INPUT -s 10.0.0.1 -jACCEPT
iptables -A INPUT --jump=DROP
iptables -A INPUT --jump=FOO
iptables -A INPUT -jLOG --log-prefix x
iptables -A INPUT -j-foo
iptables -A INPUT -gFOO
iptables -A INPUT --goto=FOO
iptables -A INPUT -mcomment --comment x -j ACCEPT
iptables -A INPUT -j DROP --jump=ACCEPT
iptables -I INPUT -jFOO
iptables -AFOO -jRETURN
iptables -S
iptables-restore --noflush <<'X'
*filter
-A INPUT -jDROP
COMMIT
X
ip6tables -A INPUT -jDROP
iptables-legacy -A INPUT -jDROP
iptables -A INPUT -j DROP
iptables -S INPUT
