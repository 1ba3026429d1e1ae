# iptables-xml's counters: chain lines scanned with sscanf (a missing part keeps the previous chain's), rule lines split with strtok
cat > /tmp/c.save <<'EOF'
*filter
:A ACCEPT
:B ACCEPT [5:6]
:C ACCEPT
:D - [7
:E - [x:1]
:F - [-1:2]
:G - [1:2:3]
:H - 1:2
:I - [ 3: 4]
:J - [+3:0x10]
:K - [99999999999999999999:18446744073709551615]
:L DROP [9223372036854775808:0] extra words
COMMIT
EOF
iptables-xml /tmp/c.save
printf '*filter\n:X - [0:0]\n[5 -A X -j ACCEPT\nCOMMIT\n' | iptables-xml; echo rc=$?
printf '*filter\n:X - [0:0]\n[5] -A X -j ACCEPT\nCOMMIT\n' | iptables-xml; echo rc=$?
printf '*filter\n:X - [0:0]\n[::::] -A X -j ACCEPT\nCOMMIT\n' | iptables-xml 2>&1; echo rc=$?
printf '*filter\n:X - [0:0]\n[5] -A X -p tcp --dport 1:2 -j ACCEPT\nCOMMIT\n' | iptables-xml
printf '*filter\n:X - [0:0]\n[a<:b&] -A X -j ACCEPT\n[:7:8] -A X -j ACCEPT\n[ 1 : 2 ] -A X -j DROP\n[1:2]-A X -j RETURN\nCOMMIT\n' | iptables-xml
