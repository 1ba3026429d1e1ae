# iptables-legacy-restore: a flushed table stays (x_tables keeps it), also an empty block and under -T
printf -- '*filter\nCOMMIT\n' | iptables-legacy-restore
iptables-legacy-save
iptables -S
printf -- '*raw\nCOMMIT\n' | iptables-legacy-restore -n
iptables-legacy-save | grep '^\*'
printf -- '*mangle\n:PREROUTING DROP [0:0]\nCOMMIT\n' | iptables-legacy-restore -T mangle
iptables-legacy-save | grep '^\*'
