# namei: where /usr/sbin/iptables really leads (links walked one level deeper)
namei /usr/sbin/iptables
namei -l /usr/sbin/iptables
namei /sbin/ip6tables-save
namei /usr/sbin/nope; echo rc=$?
namei -m /etc/alternatives/iptables
namei -x /usr/sbin/iptables-legacy
namei /tmp
namei -n /usr/sbin/iptables
namei -l /usr/sbin/nope; echo rc=$?
cd /usr/sbin && namei iptables-save
namei /usr/sbin/iptables /sbin/iptables-legacy-save
namei; echo rc=$?
namei -q /tmp; echo rc=$?
namei --bogus /tmp; echo rc=$?
