# dpkg as install scripts use it: --compare-versions, status tests, -p, --help, /etc/debian_version
dpkg --compare-versions 1.8.9-2 ge 1.8.7; echo rc=$?
dpkg --compare-versions 1.8.9-2 lt 1.8.10; echo rc=$?
dpkg --compare-versions 1.0~rc1 lt 1.0; echo rc=$?
dpkg --compare-versions 2:1.0 gt 3.0; echo rc=$?
dpkg --compare-versions 1.0-1 eq 1.0-1; echo rc=$?
dpkg --compare-versions 1.0a gt 1.0; echo rc=$?
dpkg --compare-versions 1.0+b1 gt 1.0; echo rc=$?
dpkg --compare-versions "" lt 1.0; echo rc=$?
dpkg --compare-versions 1.0 lt-nl ""; echo rc=$?
dpkg --compare-versions 1.0 '<<' 1.1; echo rc=$?
dpkg --compare-versions 1.0 '<' 1.1; echo rc=$?
dpkg --compare-versions 1.0 foo 1.1; echo rc=$?
dpkg --compare-versions 1.0 lt; echo rc=$?
dpkg --compare-versions a:1 lt 1; echo rc=$?
dpkg --compare-versions 1.8.9 ne 1.8.9; echo rc=$?
v=$(dpkg-query -W -f='${Version}' iptables); dpkg --compare-versions "$v" ge 1.8.4 && echo new-enough
dpkg -p iptables
dpkg-query --version
dpkg -l iptables | tail -1 | awk '{print $3}'
dpkg -l iptables | grep -q '^ii' && echo installed
dpkg -s iptables >/dev/null 2>&1 && echo present
dpkg -s ufw >/dev/null 2>&1 || echo "ufw missing"
dpkg-query -W -f='${Status}' nftables 2>/dev/null | grep -q "ok installed" && echo nft-ok
dpkg-query -W -f='${Status}\n' ufw; echo rc=$?
dpkg-query -l iptables nftables | awk 'NR>5 {print $1, $2, $3}'
dpkg -l iptables* 2>&1 | head -3
dpkg-query -S /usr/sbin/xtables-legacy-multi
dpkg -S bin/iptables-apply
cat /etc/debian_version
dpkg --help | head -5
dpkg-query -s iptables | sed -n 2p
dpkg --status nftables | grep -A2 Conffiles
