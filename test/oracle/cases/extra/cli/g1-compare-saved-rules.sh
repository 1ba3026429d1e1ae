iptables -A INPUT -s 10.0.0.1 -j DROP
iptables-save -t filter | grep -v '^#' > /tmp/g1c1
iptables -A INPUT -s 10.0.0.2 -j DROP
iptables -I INPUT -p tcp --dport 22 -j ACCEPT
iptables-save -t filter | grep -v '^#' > /tmp/g1c2
comm -13 /tmp/g1c1 /tmp/g1c2; echo rc=$?
comm -3 <(sort /tmp/g1c1) <(sort /tmp/g1c2)
comm <(sort /tmp/g1c1) <(sort /tmp/g1c2)
cmp /tmp/g1c1 /tmp/g1c2; echo rc=$?
cmp -s /tmp/g1c1 /tmp/g1c2 || echo changed
diff --brief /tmp/g1c1 /tmp/g1c2; echo rc=$?
diff -q <(iptables -S) <(iptables-nft -S) && echo same
diff -u <(iptables-legacy-save -t filter | grep -v '^#') /tmp/g1c2 | tail -n +3
diff --unified=1 /tmp/g1c1 /tmp/g1c2 | tail -n +3
diff --side-by-side --width=60 /tmp/g1c1 /tmp/g1c2
diff --suppress-common-lines -y -W 70 /tmp/g1c1 /tmp/g1c2
diff --color=never /tmp/g1c1 /tmp/g1c2
