# xt_osf only sees arriving packets: PREROUTING, INPUT and FORWARD (also via a user chain)
iptables -t filter -A INPUT -p tcp -m osf --genre Linux
iptables -t filter -A OUTPUT -p tcp -m osf --genre Linux
iptables -t nat -A POSTROUTING -p tcp -m osf --genre Linux
iptables -t mangle -A PREROUTING -p tcp -m osf --genre Linux
iptables -t mangle -A POSTROUTING -p tcp -m osf --genre Linux
iptables -t raw -A OUTPUT -p tcp -m osf --genre Linux
iptables -N U
iptables -A U -p tcp -m osf ! --genre BSD
iptables -A FORWARD -j U
iptables -A OUTPUT -j U
iptables-save
iptables-legacy -A INPUT -p tcp -m osf --genre Linux
iptables-legacy -A OUTPUT -p tcp -m osf --genre Linux
iptables-legacy -t mangle -A FORWARD -p tcp -m osf --genre Linux
iptables-legacy -t mangle -A POSTROUTING -p tcp -m osf --genre Linux
iptables-legacy -N U
iptables-legacy -A U -p tcp -m osf --genre Linux
iptables-legacy -A OUTPUT -j U
iptables-legacy -A INPUT -j U
iptables-legacy-save | grep -v '^#'
iptables-restore --noflush <<'EOF2'
*filter
-A OUTPUT -p tcp -m osf --genre Linux
COMMIT
EOF2
iptables-legacy-restore --noflush <<'EOF2'
*raw
-A PREROUTING -p tcp -m osf --genre Linux
-A OUTPUT -p tcp -m osf --genre Linux
COMMIT
EOF2
iptables-legacy -t raw -S
