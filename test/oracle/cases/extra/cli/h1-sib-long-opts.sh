ip6tables --table filter --append INPUT --protocol tcp --source 2001:db8::/32 --destination-port 22 --jump ACCEPT
ip6tables --table filter --insert INPUT 1 --in-interface lo --jump ACCEPT
ip6tables --new-chain LONGFORM
ip6tables --append LONGFORM --jump RETURN
ip6tables --list-rules
ip6tables --delete INPUT 1
ip6tables --flush LONGFORM
ip6tables --delete-chain LONGFORM
ip6tables --list --numeric
ip6tables --policy FORWARD DROP
ip6tables --list-rules FORWARD
iptables --append INPUT --protocol=udp --source-port=53 --jump=ACCEPT
iptables --append INPUT --proto tcp --src 1.1.1.1 --dst 2.2.2.2 --jump DROP
iptables --append INPUT --in-interface=eth0 --out-interface eth1 --jump ACCEPT
iptables --append INPUT --fragment --jump DROP
iptables --append INPUT --goto=INPUT
echo rc=$?
iptables --new=X
iptables --append X --match comment --comment "long form" --jump RETURN
iptables --append INPUT --goto X
iptables --list --verbose --numeric --exact --line-numbers
iptables --list-rules INPUT
iptables --list-rules --verbose
echo rc=$?
iptables --check INPUT --protocol udp --sport 53 --jump ACCEPT
echo rc=$?
iptables --replace INPUT 1 --protocol udp --source-port 54 --jump ACCEPT
iptables --zero INPUT 1
iptables --zero
iptables --rename-chain X Y
iptables --list-rules
iptables --delete INPUT --goto Y
iptables --flush Y
iptables --delete-chain Y
iptables --policy INPUT DROP
iptables --list-rules
iptables --policy INPUT ACCEPT
iptables --ap INPUT -j ACCEPT
echo rc=$?
iptables --app INPUT -j ACCEPT
echo rc=$?
iptables --de INPUT 1
echo rc=$?
iptables --del INPUT 1
echo rc=$?
iptables --li
echo rc=$?
iptables --list-r
echo rc=$?
iptables --numeric --list
iptables --verbose
echo rc=$?
iptables --table=nat --list-rules
iptables --table nat --append POSTROUTING --out-interface eth0 --jump MASQUERADE --to-ports 1024-65535 --protocol tcp
echo rc=$?
iptables --table nat --append POSTROUTING --protocol tcp --out-interface eth0 --jump MASQUERADE --to-ports 1024-65535
iptables --table nat --append PREROUTING --protocol tcp --dport 80 --jump DNAT --to-destination=10.0.0.1:8080
iptables --table nat --append PREROUTING --protocol tcp --dport 443 --jump DNAT --to 10.0.0.1
iptables --table nat --append PREROUTING --protocol tcp --dport 22 --jump REDIRECT --to-port 2222
iptables --table nat --list-rules
iptables --ipv4 --list-rules INPUT
iptables --ipv6 --list-rules INPUT
echo rc=$?
ip6tables --ipv6 --list-rules INPUT
ip6tables --ipv4 --list-rules INPUT
echo rc=$?
iptables-legacy --append INPUT --jump ACCEPT
iptables-legacy --list-rules
iptables-legacy --list --numeric --verbose
