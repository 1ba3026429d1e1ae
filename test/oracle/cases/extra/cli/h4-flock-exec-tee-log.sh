# flock around iptables (lock files, -c, fd form) and `exec > >(tee -a LOG) 2>&1` logging in a script
flock /tmp/ipt.lock iptables -N APP; echo "rc=$?"; ls -l /tmp/ipt.lock | cut -d' ' -f1,5
flock -x -w 5 /tmp/ipt.lock iptables -A APP -s 10.0.0.0/8 -j ACCEPT; flock -n /tmp/ipt.lock -c 'iptables -S APP | wc -l; echo "shell: $0"; exit 3'; echo "rc=$?"
flock /tmp/ipt.lock nosuch-cmd; echo "rc=$?"; flock; echo "rc=$?"; flock /tmp/ipt.lock; echo "rc=$?"; flock -c 'echo x' /tmp/ipt.lock; echo "rc=$?"
flock /tmp/ipt.lock -c; echo "rc=$?"; flock --bogus /tmp/x iptables -S; echo "rc=$?"; flock /tmp/nodir/x.lock iptables -S; echo "rc=$?"; flock -w; echo "rc=$?"
( flock -n 9 || exit 1; iptables -A APP -s 192.168.0.0/16 -j ACCEPT; echo "locked and added" ) 9>/tmp/fw.lock; echo "rc=$?"; iptables -S APP
exec 200>/tmp/fw2.lock; flock -n 200 && echo "got 200"; flock -u 200; echo "unlock rc=$?"; flock -s 200; echo "shared rc=$?"
flock --version
cat > /tmp/w.sh <<'WEOF'
#!/bin/bash
exec > >(tee -a /tmp/fw.log) 2>&1
echo "start"
iptables -A APP -p tcp --dport 443 -j ACCEPT && echo "added 443"
iptables -A APP -p tcp --dport nope -j ACCEPT || echo "failed nope"
echo "done"
WEOF
bash /tmp/w.sh > /tmp/out.txt; echo "rc=$?"; cat /tmp/out.txt; echo ---; cat /tmp/fw.log
bash /tmp/w.sh >/dev/null 2>&1; sort /tmp/fw.log | uniq -c
bash -c 'exec 3>&1 > >(sed "s/^/[log] /" >&3); echo one; iptables -S APP | head -2; echo two >&2'
