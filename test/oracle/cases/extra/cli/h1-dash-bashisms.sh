# bash syntax in #!/bin/sh firewall scripts: dash refuses it while parsing (status 2)
sh -c 'function setup { iptables -N FW; }; setup'; echo rc=$?
sh -c 'function setup() { iptables -N FW; }; setup'; echo rc=$?
sh -c 'PORTS=(22 80 443); echo ${PORTS[1]}'; echo rc=$?
sh -c 'iptables-restore <<< "*filter"'; echo rc=$?
sh -c 'IF=ETH0; echo ${IF,,}'; echo rc=$?
sh -c 'NET=10.0.0.0/8; echo ${NET/\/8/}'; echo rc=$?
sh -c 'S=abcdef; echo ${S:1:2}'; echo rc=$?
sh -c 'echo before; echo ${X/a/b}'; echo rc=$?
sh -c 'N=10.0.0.1; echo ${N%.*} ${N##*.} ${#N} ${U:-d}'
iptables -S
cat > /tmp/fw-bash.sh <<'EOF2'
#!/bin/sh
echo "start"
iptables -N FW
ALLOWED=(22 80)
echo "not reached"
EOF2
chmod +x /tmp/fw-bash.sh
/tmp/fw-bash.sh; echo "exit=$?"
iptables -S FW
cat > /tmp/fw-sub.sh <<'EOF2'
#!/bin/sh
WAN=eth0
echo "wan is ${WAN}"
echo "upper ${WAN^^}"
echo "not reached"
EOF2
sh /tmp/fw-sub.sh; echo "exit=$?"
bash /tmp/fw-sub.sh; echo "exit=$?"
printf '#!/bin/sh\necho start\nfunction setup {\n  echo in-body\n}\nsetup\necho end\n' > /tmp/f1.sh; sh /tmp/f1.sh; echo "exit=$?"
printf '#!/bin/sh\necho start\nfunction setup() {\n  echo in-body\n}\nsetup\necho end\n' > /tmp/f2.sh; sh /tmp/f2.sh; echo "exit=$?"
printf '#!/bin/sh\necho start\nfor ((i=0;i<2;i++)); do echo $i; done\necho end\n' > /tmp/f3.sh; sh /tmp/f3.sh; echo "exit=$?"
printf '#!/bin/sh\necho start\nA=(1 2)\necho end\n' > /tmp/f4.sh; sh /tmp/f4.sh; echo "exit=$?"
