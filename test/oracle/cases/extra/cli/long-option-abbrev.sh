iptables --app INPUT -j ACCEPT
iptables --list INPUT -n
iptables --lis INPUT --num
iptables --ins INPUT --jump DROP
iptables --list-r INPUT
iptables --lin --list INPUT -n
iptables --line-numbers --list INPUT --numeric
iptables --del INPUT 1
iptables --zer
iptables --fl INPUT
iptables --in INPUT -j ACCEPT
iptables -S INPUT
