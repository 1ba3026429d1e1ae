# systemctl and service inside the sandbox: systemd is not PID 1 (systemctl fails with its two-line message, status 1) and no init script exists for iptables or netfilter-persistent
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
systemctl status iptables; echo rc=$?
systemctl restart netfilter-persistent; echo rc=$?
systemctl is-active iptables; echo rc=$?
systemctl --version | head -1
systemctl; echo rc=$?
service iptables save; echo rc=$?
service netfilter-persistent restart; echo rc=$?
service; echo rc=$?
service --help | head -3; echo rc=$?
which systemctl
iptables-save > /tmp/rules.v4 && systemctl restart netfilter-persistent || echo "restart failed, rules kept: $(grep -c ^-A /tmp/rules.v4)"
