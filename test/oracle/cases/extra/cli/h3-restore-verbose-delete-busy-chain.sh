# iptables-nft-restore -v replacing a table: -X names the chains it deletes even when the kernel then refuses them (still referenced); a failed --noflush block prints none of its -v text
iptables -N ZED
iptables -N ALPHA
iptables -A INPUT -j ZED
iptables -A INPUT -j ALPHA
printf '*filter\n-X ZED\nCOMMIT\n' | iptables-restore -v --noflush
echo rc=$?
printf '*filter\n-X\nCOMMIT\n' | iptables-restore -v --noflush
echo rc=$?
printf '*filter\n:B - [0:0]\n-A INPUT -j B\n-X\nCOMMIT\n' | iptables-restore -v
echo rc=$?
printf '*filter\n:B - [0:0]\n-A INPUT -j B\n-X B\nCOMMIT\n' | iptables-restore -v
echo rc=$?
printf '*filter\n-X ALPHA\nCOMMIT\n' | iptables-restore -v -n
echo rc=$?
iptables -S
printf '*filter\n-X ZED\nCOMMIT\n' | ip6tables-restore -v --noflush
echo rc=$?
ip6tables -N Q
ip6tables -A OUTPUT -j Q
printf '*filter\n-X Q\nCOMMIT\n' | ip6tables-restore -v --noflush
echo rc=$?
