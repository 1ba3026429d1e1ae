# xt_cgroup finds a --path through kernfs, which skips empty names: '', '//' and '///' are the root
# cgroup like '/'; '.' or a missing path are refused (EINVAL here).
iptables -A INPUT -m cgroup --path ''
iptables -A INPUT -m cgroup --path //
iptables -A INPUT -m cgroup ! --path ///
iptables -A INPUT -m cgroup --path /.
iptables -A INPUT -m cgroup --path .
iptables -A INPUT -m cgroup --path /nosuch
iptables -S INPUT
iptables -L INPUT
