type -a iptables
type -a ls
type -a echo
type -p echo; echo rc=$?
type -p nosuch; echo rc=$?
type -t nosuch; echo rc=$?
type -t if iptables echo cd
type if
type -P nosuch; echo rc=$?
type -pa ls
type -P echo ls
type -ta echo
type -x ls; echo rc=$?
type -- ls
type iptables nosuch ip; echo rc=$?
type -a bash
which -a iptables ip6tables-legacy
which -a ls nosuch; echo rc=$?
type -a cd
type -a iptables-xml
