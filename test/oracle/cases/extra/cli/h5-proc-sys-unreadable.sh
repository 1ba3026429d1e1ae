# /proc/sys files that exist but cannot be read: route/flush (0200, Permission denied even for root) and an unset stable_secret (EIO)
cat /proc/sys/net/ipv4/route/flush; echo rc=$?
cat /proc/sys/net/ipv6/conf/lo/stable_secret; echo rc=$?
head -1 /proc/sys/net/ipv6/route/flush; echo rc=$?
grep . /proc/sys/net/ipv4/route/*; echo rc=$?
wc -l /proc/sys/net/ipv4/route/flush; echo rc=$?
ls /proc/sys/net/ipv4/route
test -e /proc/sys/net/ipv4/route/flush && echo exists
test -r /proc/sys/net/ipv4/route/flush && echo readable
test -w /proc/sys/net/ipv4/route/flush && echo writable
