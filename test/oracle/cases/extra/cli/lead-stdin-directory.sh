# A directory on stdin: bash opens it, the program's read fails, each tool says so its own way
mkdir -p /tmp/rules
grep x < /tmp
wc -l < /tmp
head -1 < /tmp
sort < /tmp
iptables-restore < /tmp
sed p < /tmp
awk '{print}' < /tmp
tr a b < /tmp
read x < /tmp; echo $?
tail -1 < /tmp
uniq < /tmp
cut -c1 < /tmp
tee /tmp/o < /tmp
iptables-restore --test < /tmp
ip6tables-restore < /tmp
nft -f - < /tmp
xargs echo < /tmp
md5sum < /tmp
base64 < /tmp
sysctl -p - < /tmp
sh < /tmp
tac < /tmp
nl < /tmp
od -c < /tmp
fold < /tmp
rev < /tmp
paste - < /tmp
column < /tmp
cksum < /tmp
sum < /tmp
comm - /etc/hostname < /tmp
expand < /tmp
fmt < /tmp
ebtables-restore < /tmp
arptables-restore < /tmp
iptables-legacy-restore < /tmp
envsubst < /tmp
bc < /tmp
mawk 1 < /tmp
sha256sum < /tmp
unexpand < /tmp
grep -c x < /tmp
wc < /tmp
wc -c < /tmp
cat - /etc/hostname < /tmp
head -c 3 < /tmp
dash < /tmp
join - /etc/hostname < /tmp
iptables-restore < /tmp/rules; echo rc=$?
iptables-save | wc -l
bash < /tmp/rules
while read l; do echo "$l"; done < /tmp/rules; echo rc=$?
