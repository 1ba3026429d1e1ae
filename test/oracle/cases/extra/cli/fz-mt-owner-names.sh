# -m owner resolves and prints the Debian host's system accounts (systemd, dbus, polkit, ssh).
iptables -A OUTPUT -m owner --uid-owner systemd-network
iptables -A OUTPUT -m owner --uid-owner systemd-timesync --gid-owner systemd-journal
iptables -A OUTPUT -m owner --uid-owner messagebus --gid-owner messagebus
iptables -A OUTPUT -m owner --uid-owner polkitd
iptables -A OUTPUT -m owner --gid-owner _ssh
iptables -A OUTPUT -m owner ! --uid-owner 100 --gid-owner 102
iptables -A OUTPUT -m owner --uid-owner 998-998 --gid-owner 999
iptables -A OUTPUT -m owner --uid-owner 997 ! --gid-owner 997
iptables -A OUTPUT -m owner --uid-owner 996 --gid-owner 101
iptables -A OUTPUT -m owner --uid-owner 12345 --gid-owner 4242
iptables -A OUTPUT -m owner --uid-owner nosuchuser
iptables -L OUTPUT
iptables -S OUTPUT
ip6tables -A OUTPUT -m owner --uid-owner 998 --gid-owner 998
ip6tables -L OUTPUT
