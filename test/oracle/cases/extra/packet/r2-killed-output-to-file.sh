# A command killed at the 5 s limit while its output goes to a file: what it flushed is in the file (ping flushes each answer; a header alone stays in its buffer and is lost), and the redirect still created the file
ip link set lo up
ping -n -i 2 -s 8 127.0.0.1 > /tmp/r2-ping-a.txt
echo rc=$?
cat /tmp/r2-ping-a.txt
ping -n -q -i 2 -s 8 127.0.0.1 >> /tmp/r2-ping-a.txt
cat /tmp/r2-ping-a.txt
{ echo begin; ping -n -i 3 -s 8 127.0.0.1; echo never; } > /tmp/r2-ping-b.txt
echo rc=$?
cat /tmp/r2-ping-b.txt
timeout 1.5 sh -c 'ping -n -s 8 -i 1 127.0.0.2 > /tmp/r2-ping-d.txt'; echo rc=$?
cat /tmp/r2-ping-d.txt
iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
ping -n -c 1 -W 7 127.0.0.1 > /tmp/r2-ping-c.txt
echo rc=$?
wc -c < /tmp/r2-ping-c.txt
ls /tmp/r2-ping-c.txt
rm -f /tmp/r2-ping-a.txt /tmp/r2-ping-b.txt /tmp/r2-ping-c.txt /tmp/r2-ping-d.txt
