iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables --list --numeric --verbose --exact --line-numbers
iptables --list-rules --verbose
iptables --list INPUT --numeric --line-numbers --zero
iptables --check INPUT --source 10.0.0.1 --jump ACCEPT
iptables --replace INPUT 1 --source 10.0.0.2 --jump DROP
iptables --list-rules INPUT 1
iptables --rename-chain
iptables --delete-chain NOPE
iptables --zero INPUT 1
iptables --numeric --list
