# ls as on the oracle host (tmpfs /tmp): -l link counts, sizes and totals, -a/-A, -R, -F/-p, -r/-S, -s/-h, several operands, /proc sizes
mkdir -p /tmp/d/sub/deep; echo hello > /tmp/d/a.txt; : > /tmp/d/empty; echo x > /tmp/d/.hidden; printf '%05000d' 0 > /tmp/d/big
ls /tmp/d; ls -a /tmp/d; ls -A /tmp/d; ls -1 /tmp/d
ls -l /tmp/d | awk '{print $1, $2, $5, $NF}'
ls -la /tmp/d | awk 'NR==1 || /sub|a.txt/ {print $1, $2, $5, $NF}'
ls -ld /tmp/d /tmp/d/sub | awk '{print $1, $2, $5, $NF}'
ls -R /tmp/d
ls -F /tmp/d; ls -p /tmp/d
ls -r /tmp/d; ls -S /tmp/d
ls /tmp/d/*.txt /tmp/d/s*; ls -d /tmp/d/*
ls /tmp/d/nope /tmp/d/a.txt; echo rc=$?
ls -lh /tmp/d/big | awk '{print $5}'; ls -s /tmp/d | head -2
cd /tmp/d && ls; ls ..| head -3; ls sub
ls -l /proc/sys/net/ipv4/ip_forward | awk '{print $1, $5}'
ls /proc/sys/net/ipv4/conf/
printf '%0999d' 0 > /tmp/d/g; printf '%01024d' 0 > /tmp/d/k; printf '%01500000d' 0 > /tmp/d/m; chmod +x /tmp/d/g; ls -lh /tmp/d | awk '{print $1, $5, $NF}'; ls -s /tmp/d; ls -sh /tmp/d; ls -F /tmp/d
ls -lR /tmp/d/sub | awk '{print $1, $2, $5, $NF}'
ls /tmp/d/a.txt /tmp/d/sub /tmp/d/k; ls -ld /tmp/d/sub/ | awk '{print $NF}'
