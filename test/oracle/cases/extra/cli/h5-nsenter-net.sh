# nsenter into a network namespace by its /run/netns file or pid 1's, as container guides do; errors and exit codes
command -v nsenter
ip netns add r
nsenter --net=/run/netns/r ip -4 addr; echo rc=$?
nsenter --net=/run/netns/r sysctl -w net.ipv4.ip_forward=1
ip netns exec r cat /proc/sys/net/ipv4/ip_forward
nsenter -n/run/netns/r iptables -A INPUT -j ACCEPT; ip netns exec r iptables -S INPUT
nsenter --net=/run/netns/nosuch true; echo rc=$?
nsenter --net /run/netns/r true; echo rc=$?
nsenter true; echo rc=$?
nsenter --net=/run/netns/r nosuchcmd; echo rc=$?
nsenter --net=/run/netns/r; echo rc=$?
nsenter -t 1 -n sysctl -n net.ipv4.ip_forward; echo rc=$?
nsenter --version
nsenter --net=/run/netns/r -- sh -c 'cat /proc/sys/net/ipv4/ip_forward'
