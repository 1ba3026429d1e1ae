# a menu-driven firewall script: select with PS3, REPLY, an empty line redisplaying the menu, break, and EOF
cat > /tmp/menu.sh <<'MEOF'
#!/bin/bash
PS3="fw> "
actions=("allow ssh" "allow web" "block 203.0.113.0/24" "show rules" "flush" quit)
select choice in "${actions[@]}"; do
  case $choice in
    "allow ssh") iptables -A INPUT -p tcp --dport 22 -j ACCEPT && echo "ssh allowed" ;;
    "allow web") iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT && echo "web allowed" ;;
    block*) iptables -I INPUT -s "${choice#block }" -j DROP && echo "blocked" ;;
    "show rules") iptables -S INPUT ;;
    flush) iptables -F INPUT; echo flushed ;;
    quit) echo bye; break ;;
    *) echo "invalid choice '$REPLY'" ;;
  esac
done
echo "menu rc=$?"
MEOF
bash /tmp/menu.sh < /dev/null; echo "rc=$?"
printf '1\n2\n\n3\n9\nabc\n4\n6\n' | bash /tmp/menu.sh; echo "rc=$?"
printf '5\n4\n' | bash /tmp/menu.sh; echo "rc=$?"
echo 2 | bash -c 'select c in INPUT FORWARD OUTPUT; do iptables -S "$c"; break; done'; bash -c 'f() { select x in a b; do break; done; }; declare -f f; type -t select'
