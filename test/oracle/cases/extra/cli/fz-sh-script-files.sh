# script files run command by command as bash reads them: commands before a syntax error run, "FILE: line N:" errors, set -u ends a file with 1, $LINENO, bash -n, dash test ==, a firewall script with a function and loops
cat > /tmp/fw.sh <<'EOF'
#!/bin/bash
# firewall
set -u
IPT=iptables
allow() {
  local port=$1
  $IPT -A INPUT -p tcp --dport "$port" -j ACCEPT || echo "failed $port"
}
for p in 22 80 443; do
  allow $p
done
allow 99999
nosuchcmd arg
if ! $IPT -C INPUT -p tcp --dport 22 -j ACCEPT; then
  echo missing
fi
echo "count: $($IPT -S INPUT | grep -c ACCEPT)"
echo $undefined_var
echo never
EOF
bash /tmp/fw.sh; echo rc=$?
iptables -S INPUT
printf 'echo start\nif true; then\n  echo in\nfi fi\necho end\n' > /tmp/bad.sh; bash /tmp/bad.sh; echo rc=$?
printf 'echo start\nfor x in a b\n  echo $x\ndone\n' > /tmp/bad2.sh; bash /tmp/bad2.sh; echo rc=$?
printf 'echo "unclosed\necho more\n' > /tmp/bad3.sh; bash /tmp/bad3.sh; echo rc=$?
printf 'f() {\n  echo in-f\n  missing_cmd\n}\nf\necho $LINENO\n' > /tmp/ln.sh; bash /tmp/ln.sh
bash -c 'echo a
foo
echo $LINENO'
sh -c 'echo a; foo; [ 1 == 1 ] && echo dash-eq; echo $((2+3))'
sh /tmp/ln.sh
bash -n /tmp/bad.sh; echo rc=$?
bash -n /tmp/fw.sh; echo rc=$?
