# update-alternatives' read-only views of Debian 12's iptables family (dpkg 1.21.22)
update-alternatives --display iptables
update-alternatives --display ip6tables
update-alternatives --display arptables
update-alternatives --display ebtables
update-alternatives --query iptables
update-alternatives --query ip6tables
update-alternatives --query ebtables
update-alternatives --list iptables
update-alternatives --list ip6tables
update-alternatives --list arptables
update-alternatives --get-selections | grep tables
update-alternatives --query iptables | grep -E '^(Status|Value|Best):'
update-alternatives --display nosuch
update-alternatives --list iptables-save
update-alternatives --query iptables-restore
update-alternatives --display
update-alternatives --list
update-alternatives
update-alternatives --bogus
update-alternatives --display iptables extra
update-alternatives -l iptables
update-alternatives --get-selections extra
update-alternatives --display iptables --list iptables
update-alternatives --display 'ip tables'
update-alternatives --list /usr/sbin/iptables
update-alternatives --version
update-alternatives --help
update-alternatives --quiet --display ebtables
