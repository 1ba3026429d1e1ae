# Guides written with long options (Red Hat, man-page style) and the abbreviations getopt allows: --append/--jump/--protocol, --list --numeric --verbose --line-numbers, ambiguous and misspelt prefixes
iptables --append INPUT --protocol tcp --destination-port 22 --jump ACCEPT
iptables --append INPUT --in-interface lo --jump ACCEPT
iptables --insert INPUT 1 --source 192.168.0.0/16 --protocol udp --source-port 53 --jump ACCEPT
iptables --append INPUT --match state --state ESTABLISHED,RELATED --jump ACCEPT
iptables --append INPUT --match conntrack --ctstate NEW --protocol tcp --dport 80 --jump ACCEPT
iptables --table nat --append POSTROUTING --out-interface eth0 --jump MASQUERADE
iptables --new-chain WEB
iptables --append WEB --destination 10.0.0.0/8 --goto RETURN
iptables --rename-chain WEB WEBSERVERS
iptables --list --numeric --verbose --line-numbers
iptables --list-rules
iptables --table nat --list-rules
iptables --app INPUT --proto icmp --jump DROP
iptables --del INPUT 1
iptables --delete INPUT 1
iptables --dele INPUT 1
iptables --list-r INPUT
iptables --list --num INPUT
iptables --list --exact --verbose INPUT
iptables --src 10.1.1.1 --append INPUT --jump DROP
iptables --append INPUT --dst 10.1.1.2 --jump DROP
iptables --append INPUT --destination-port 25 --jump DROP
iptables --append INPUT -p tcp --dest-port 25 --jump DROP
iptables --append INPUT -p tcp --dport=25 --jump DROP
iptables --append=INPUT -p tcp --dport 26 --jump=DROP
iptables --append INPUT --jump
iptables --appendd INPUT --jump DROP
iptables --zero INPUT
iptables --policy INPUT DROP
iptables --policy INPUT ACCEPT
iptables --flush WEBSERVERS
iptables --delete-chain WEBSERVERS
iptables --list-rules INPUT
iptables --flush
iptables --table nat --flush
iptables --list-rules
