ip link set lo up
ssh -6 localhost true; echo rc=$?
ssh -4 localhost true; echo rc=$?
ssh -6 -p 81 localhost true; echo rc=$?
ssh -6 127.1 true; echo rc=$?
ssh -4 ::1 true; echo rc=$?
ssh -4 ::ffff:127.0.0.1 true; echo rc=$?
ssh -p 81 ::ffff:127.0.0.1 true; echo rc=$?
ssh -p abc ::1 true; echo rc=$?
ssh -p 22x ::1 true; echo rc=$?
ssh -p 0 ::1 true; echo rc=$?
ssh -p 99999 ::1 true; echo rc=$?
ssh -p -1 ::1 true; echo rc=$?
ssh -p '' ::1 true; echo rc=$?
ssh -p ' 81' ::1 true; echo rc=$?
ssh -p +81 ::1 true; echo rc=$?
ssh -p81 ::1 true; echo rc=$?
ssh -p http ::1 true; echo rc=$?
ssh -p 65535 root@::1 true; echo rc=$?
ssh -p 81 -p abc ::1 true; echo rc=$?
ssh -p 81 127.1 true; echo rc=$?
ssh -p 81 0:0::1 true; echo rc=$?
ssh -p 81 -4 ::FFFF:7f00:1 true; echo rc=$?
wget -4 -t 1 'http://[::ffff:127.0.0.1]:81/' 2>&1 | tail -n +2
wget -t 1 'http://[::ffff:127.0.0.1]:81/' 2>&1 | tail -n +2
ip6tables -A OUTPUT -p tcp --dport 22 -j DROP
ssh -o ConnectTimeout=2 ::1 true; echo rc=$?
ssh -o ConnectTimeout=2 -6 localhost true; echo rc=$?
ip6tables -L OUTPUT -v -n -x
