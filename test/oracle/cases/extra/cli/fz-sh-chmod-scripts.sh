# firewall scripts made executable: chmod modes and errors, ./script and /path/script with #!/bin/bash or #!/bin/sh, $0 and arguments, ls -l and test -x
printf '#!/bin/bash\necho "fw: $0 $# $1"\niptables -A INPUT -p tcp --dport ${1:-22} -j ACCEPT\nfoo\n' > /tmp/fw.sh
/tmp/fw.sh; echo rc=$?
chmod +x /tmp/fw.sh; /tmp/fw.sh 80; echo rc=$?
cd /tmp && ./fw.sh 443; iptables -S INPUT
ls -l /tmp/fw.sh | cut -c1-10; test -x /tmp/fw.sh && echo executable
chmod -x /tmp/fw.sh; ./fw.sh; echo rc=$?
chmod 755 /tmp/fw.sh; /tmp/fw.sh 8080 >/dev/null 2>&1; echo rc=$?
printf '#!/bin/sh\necho "sh: $0"\nbar\n' > /tmp/s.sh; chmod u+x /tmp/s.sh; /tmp/s.sh; echo rc=$?
chmod; echo rc=$?
chmod +x; echo rc=$?
chmod zz /tmp/s.sh; echo rc=$?
chmod +x /nope; echo rc=$?
chmod 644 /tmp/s.sh && /tmp/s.sh; echo rc=$?
chmod a=rx,u+w /tmp/s.sh && ls -l /tmp/s.sh | cut -c1-10
