# versioned rule files with a `current` symlink, as deploy scripts keep them (ln -s/-sf/-v, readlink, rm/mv of links)
mkdir -p /tmp/fw/releases && cd /tmp/fw && iptables -A INPUT -p tcp --dport 22 -j ACCEPT && iptables-save > releases/v1.rules && ln -s releases/v1.rules current && readlink current && ls -l current | awk '{print $1, $9, $10, $11}'
cd /tmp/fw && iptables -A INPUT -p tcp --dport 443 -j ACCEPT && iptables-save > releases/v2.rules && ln -s releases/v2.rules current; echo "rc=$?"; ln -sfv releases/v2.rules current; readlink -f current; grep -c -- '-A INPUT' current
cd /tmp/fw && iptables -F INPUT && ln -sfn releases/v1.rules current && iptables-restore < current && iptables -S INPUT
cd /tmp/fw && [ -L current ] && echo "is a link"; [ -f current ] && echo "regular target"; test -h releases/v1.rules || echo "v1 is no link"; find /tmp/fw -type l; find /tmp/fw -type f | sort
cd /tmp/fw && ln -s releases/v9.rules broken; [ -e broken ] || echo "broken link"; iptables-restore < broken; echo "rc=$?"; rm broken; ls
cd /tmp/fw && ln -s /tmp/fw/releases latest; ls latest/; cat latest/v1.rules | grep -c COMMIT; rm latest; ls releases
cd /tmp/fw && ln releases/v1.rules hard.rules; ln -v releases/v2.rules hard2.rules; ln releases/nope x; echo "rc=$?"; ln releases y; echo "rc=$?"; ln; echo "rc=$?"; ln -s a b c; echo "rc=$?"
cd /tmp/fw && mv current previous && readlink previous && ls; ln -s /nonexistent/dir/x /nonexistent/dir/y; echo "rc=$?"
