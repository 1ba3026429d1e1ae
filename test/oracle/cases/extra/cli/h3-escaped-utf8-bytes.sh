echo -e "\xe2\x9c\x93 done"
printf '\xe2\x9c\x93 ok\n'
printf '%b\n' '\xe2\x9c\x93 b'
echo $'\xe2\x9c\x93 ansi'
echo $'\xc3\xbc' | wc -c
echo -e '\303\274'
printf '\303\274\n'
printf '\xff\n'
iptables -N $'\xc3\xbc'
iptables -S
