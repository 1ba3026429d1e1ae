iptable -L
Iptables -L
echo "unterminated
echo 'unterminated
echo $(
if true; then echo x
for i in 1 2; do echo $i
case x in
echo a ||
echo a |
echo a && && echo b
echo a ;; echo b
fi
done
then
( echo a
echo a )
{ echo a
echo ${
echo ${x
echo ${!x}
echo `echo bq`
echo $((1+))
echo 'a' "b" \c
echo \$HOME "\$HOME" '\$HOME'
echo "a\"b" 'a\'b
cat -A <<< "a	b"
head -n 2 /etc/protocols | wc -l
ls /proc/sys/net/netfilter 2>&1 | head -3
mkdir /tmp/d && cd /tmp/d && pwd && touch f && ls
rm /tmp/nonexist
rm -rf /tmp/d; ls /tmp/d
cd /nonexist; echo $?
echo ${!x}
x=HOME; echo ${!x}
y=nope; echo "[${!y}]"
z="a b"; echo ${!z}; echo after
if true; then echo x
if true; then echo x; elif false; then echo y; else echo z; fi
exit 5
echo after exit
