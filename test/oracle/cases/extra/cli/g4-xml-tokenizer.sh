# iptables-xml's own rule-line splitter: quotes, escapes, empty words, limits, long lines
cat > /tmp/t.save <<'EOF'
*filter
:X - [0:0]
-A X -m comment --comment "ab"cd --x ab"c d" --y "" --z a\"b 'q r'	-j "-j" ACCEPT "unterminated
-A X -m comment --comment "é<>&" -j LOG --log-prefix "say \"hi\" \\ now"
-A X -j "ACCEPT" --opt ! -x "!" -y
COMMIT
EOF
iptables-xml /tmp/t.save
printf '*filter\n:X - [0:0]\n-A X --comment "abc' | iptables-xml; echo rc=$?
{ printf '*filter\n:X - [0:0]\n-A X -m comment --comment '; printf 'a%.0s' $(seq 1023); printf ' -j ACCEPT\nCOMMIT\n'; } | iptables-xml 2>&1 | tail -4
{ printf '*filter\n:X - [0:0]\n-A X -m comment --comment '; printf 'a%.0s' $(seq 1024); printf ' -j ACCEPT\nCOMMIT\n'; } | iptables-xml; echo rc=$?
{ printf '*filter\n:X - [0:0]\n-A X'; printf ' -x%.0s' $(seq 252); printf '\nCOMMIT\n'; } | iptables-xml 2>&1 | tail -3
{ printf '*filter\n:X - [0:0]\n-A X'; printf ' -x%.0s' $(seq 253); printf '\nCOMMIT\n'; } | iptables-xml 2>&1; echo rc=$?
w=$(printf 'a%.0s' $(seq 1000)); { printf '*filter\n:X - [0:0]\n-A X -j LOG'; for i in $(seq 12); do printf ' --p%s %s' $i "$w"; done; printf ' -A X -j ACCEPT\nCOMMIT\n'; } > /tmp/long.save; iptables-xml -v /tmp/long.save | cut -c1-40; echo rc=$?
