iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 10.0.0.0/8 -j DROP
-A INPUT -p udp --dport 53 -j ACCEPT
COMMIT
EOF
iptables-save | grep -v '^#' > /tmp/saved.txt; cat /tmp/saved.txt
iptables -S | grep -E 'dport (53|80)'
iptables -S | grep -vE '^-P'
iptables -S | sed 's/-A/APPEND/'
iptables -S | sed -e 's/ACCEPT/OK/g' -e 's/DROP/NO/'
iptables -S | sed '/-P/d'
iptables -S | sed -n '$p'
iptables -S | sed -n '/INPUT/{p;q}'
iptables -S | awk '/DROP/ {n++} END {print n+0}'
iptables -S | awk -F' -j ' '{print $2}'
iptables -S | awk '{ if ($1 == "-A") print "rule:", $0; else print "policy:", $3 }'
iptables -S | awk 'NR==1, NR==2'
iptables -S | awk '{print length($0)}' | sort -n | tail -1
iptables -S | wc -c
iptables -S | wc -w
iptables -S | cut -c1-10
iptables -S | tr -s ' ' '\n' | sort | uniq -c | sort -rn | head -3
iptables -S | sort -r
iptables -S | grep -n DROP
iptables -S | grep -c '' 
printf 'a\tb\tc\n' | cut -f2
printf 'a b\n' | cut -f2
printf '10\n9\n100\n' | sort
printf '10\n9\n100\n' | sort -n
printf 'v1.10\nv1.9\n' | sort -V
echo -e 'x\\ty' ; echo -E 'x\ty'
printf '%b\n' 'a\tb'
printf '%s\n'
printf '%d\n' abc
printf '%5.2f|%-5d|%+d\n' 3.14159 42 7
echo "$((16#ff))" "${USER:-nobody}"
echo 'it'"'"'s'
echo "tab:\t" 'dollar:$x' "\$y"
cat <<EOF
home=$HOME
$(echo sub)
EOF
cat <<-EOF
	indented
	EOF
x="a b  c"; echo $x; echo "$x"
set -- one two; echo $1 $#
echo ${UNSET?is unset}
echo after
grep -E '^[0-9]+$' <<< "123"
grep -P '\d+' <<< "a1" 
iptables -L -n | column -t | head -2
iptables -S | nl | head -2
iptables -nL INPUT | sed 1,2d | awk '{print $1}' | sort | uniq
printf 'a bb ccc\nxxxx y\n\nz\n' | column -t
printf 'a:b\ncc:d\n' | column -t -s:
printf 'a\n\nb\n' | nl
printf 'a\n\nb\n' | nl -ba
printf 'a\n' | nl -w3 -s' '
printf 'v2.0\nv1.10\nv1.9\nv1.9a\n' | sort -V
printf 'x-1.2\nx-1.10\n' | sort -t- -k2V
set -- a b c; shift; echo "$@" $#
set -x; echo traced; set +x
set -x; x=5; echo "a b" $x 'it'"s' "" ; iptables -S >/dev/null
