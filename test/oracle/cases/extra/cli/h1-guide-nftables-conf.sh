# Debian's /etc/nftables.conf as guides grow it, written to /tmp: flush ruleset, a table block with chains and rules, define'd variables, comments, a syntax check with -c, a typo, and loading it twice
cat > /tmp/nftables.conf <<'EOF'
#!/usr/sbin/nft -f

flush ruleset

define SSH_PORT = 22
define LAN = 192.168.1.0/24

table inet filter {
	chain input {
		type filter hook input priority filter; policy drop;
		# keep what we started
		ct state established,related accept
		ct state invalid drop
		iifname "lo" accept
		ip saddr $LAN tcp dport $SSH_PORT accept
		tcp dport { 80, 443 } accept
		counter
	}
	chain forward {
		type filter hook forward priority filter; policy drop;
	}
	chain output {
		type filter hook output priority filter;
	}
}
EOF
nft -c -f /tmp/nftables.conf; echo rc=$?
nft -f /tmp/nftables.conf; echo rc=$?
nft list ruleset
nft -f /tmp/nftables.conf; echo rc=$?
nft list chains
sed 's/tcp dport { 80, 443 } accept/tcp dprot { 80, 443 } accept/' /tmp/nftables.conf > /tmp/bad.conf
nft -c -f /tmp/bad.conf; echo rc=$?
sed 's/\$SSH_PORT/$SSHPORT/' /tmp/nftables.conf > /tmp/bad2.conf
nft -f /tmp/bad2.conf; echo rc=$?
nft list ruleset | grep -c accept
nft -f /tmp/missing.conf; echo rc=$?
