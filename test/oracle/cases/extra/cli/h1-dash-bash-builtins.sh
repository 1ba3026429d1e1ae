# bash-only builtins and test forms in #!/bin/sh firewall scripts (dash): not found, or dash's own words
cat > /tmp/fw-dash.sh <<'EOF2'
#!/bin/sh
PORTS="22 80"
declare -a ALLOWED
let n=0
for p in $PORTS; do
  iptables -A INPUT -p tcp --dport "$p" -j ACCEPT
  n=$((n + 1))
done
echo "added $n"
shopt -s nullglob
source /tmp/none.conf
[ "$n" == 2 ] && echo "two rules"
echo done
EOF2
chmod +x /tmp/fw-dash.sh
/tmp/fw-dash.sh; echo "exit=$?"
iptables -S INPUT
bash /tmp/fw-dash.sh 2>&1 | tail -3
sh -c 'pushd /tmp'; echo rc=$?
sh -c 'popd'; echo rc=$?
sh -c 'dirs'; echo rc=$?
sh -c 'history'; echo rc=$?
sh -c 'typeset x=1; echo "[$x]"'; echo rc=$?
sh -c 'mapfile -t L < /etc/hostname'; echo rc=$?
sh -c 'readarray L'; echo rc=$?
sh -c 'builtin echo hi'; echo rc=$?
sh -c 'enable -n echo'; echo rc=$?
sh -c 'caller'; echo rc=$?
sh -c 'let x=1+2; echo "[$x]"'; echo rc=$?
sh -c 'local x=1'; echo rc=$?
sh -c 'type let declare local command'; echo rc=$?
sh -c 'command -v let || echo no-let'
sh -c 'test -v HOME && echo set'; echo rc=$?
sh -c '[ a b ]'; echo rc=$?
sh -c '[ -q x ]'; echo rc=$?
sh -c '[ 1 -eq ]'; echo rc=$?
sh -c '[ a -eq 1 ]'; echo rc=$?
sh -c '[ x = ]'; echo rc=$?
sh -c 'test 1 -gt 0 -a 2 -gt 1 && echo both'
bash -c 'shopt -s nullglob; n=2; [ "$n" == 2 ] && echo two; [ "$n" -gt 1 ] && echo more; echo [ a[ [x] b [] [!] ]'
bash -c 'shopt -s nullglob failglob; [ 1 = 1 ] && echo ok'
