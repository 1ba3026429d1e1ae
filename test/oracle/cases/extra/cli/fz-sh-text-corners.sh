# text-tool corners: head -n +N, tail -N with two files, wc -L/-m (bytes under LC_ALL=C), cut -c on bytes, tr sets and classes, sort keys/-o/-m, uniq -D/--all-repeated/--group, grep -H/-h/-l/-L/-f/-F, awk NF--/printf %*d/split regex/getline from a command
printf 'one\ntwo\nthree\nfour\nfive\n' > /tmp/n; printf 'a\nb\n' > /tmp/m
tail -n 0 /tmp/n; head -n +2 /tmp/n; tail -1 /tmp/n /tmp/m; tail -c +20 /tmp/n; head --lines=-3 /tmp/n; tail -n +0 /tmp/m
head -n 1 /tmp/n /nope /tmp/m; echo rc=$?
wc -L /tmp/n; wc -m /tmp/n; wc -lwc /tmp/n /tmp/m; wc -w < /tmp/n
printf 'héllo wörld\n' | wc -m; printf 'héllo\n' | wc -c; printf 'héllo\n' | cut -c1-2
tr -c 'a-z\n' '_' < /tmp/n | head -2; tr -s 'a-z' < /tmp/n | head -2; tr -d '\n' < /tmp/m; echo; tr '\n' ' ' < /tmp/m; echo
tr '[:lower:]' '[:upper:]' < /tmp/m; tr 'a-c' 'A' < /tmp/m; tr -d '[:space:]' < /tmp/m; echo
echo 'a  b   c' | tr -s ' '; echo abc | tr -d 'b-c'; echo abc | tr 'a-z' 'n-za-m'; echo hello | tr -cd 'l\n'
tr 'a' < /tmp/m; echo rc=$?; tr -d; echo rc=$?
printf 'x,2\ny,10\nz,1\n' | sort -t, -k2,2n; printf 'x,2\ny,10\nz,1\n' | sort -t, -k2 -rn; printf 'b 1\na 1\nc 0\n' | sort -k2,2n -k1,1r
printf 'b\na\n' > /tmp/s1; sort -o /tmp/s1 /tmp/s1; cat /tmp/s1; sort -m /tmp/s1 /tmp/m; sort -u /tmp/s1 /tmp/m
printf 'a\na\nb\n' | uniq -D; printf 'a\nA\nb\n' | uniq -ic; printf 'a\na\nb\n' | uniq --group 2>&1 | head -3
grep -H one /tmp/n; grep -h o /tmp/n /tmp/m; grep -l a /tmp/n /tmp/m; grep -L a /tmp/n /tmp/m; grep -c '' /tmp/n /tmp/m
printf 'one\nf.*\n' > /tmp/pat; grep -f /tmp/pat /tmp/n; grep -F -f /tmp/pat /tmp/n; grep -e t -e f /tmp/n | wc -l
grep -w -o 't[a-z]*' /tmp/n; grep -x 'f.*e' /tmp/n; grep -v -c o /tmp/n; grep -n -v -e o -e e /tmp/n
grep -in 'ONE' /tmp/n; grep --count one /tmp/n; grep -E '^(t|f)' /tmp/n | sort -r
awk -v OFS=: '{$1=$1; print NR, $0}' /tmp/m; awk 'BEGIN{FS=":"} {print $2}' <<< "a:b:c"; awk '{NF--; print}' <<< "a b c"
awk '{printf "%*d|%-*s|\n", 5, NR, 4, $1}' /tmp/m; awk '{n=gsub(/o/,"0"); print n, $0}' /tmp/n | head -2
awk '{print length()}' /tmp/m; awk 'BEGIN{n=split("a1b2c", arr, /[0-9]/); print n, arr[3]}'; awk '{$NF=""; print "[" $0 "]"}' <<< "a b c"
awk 'NR%2' /tmp/n; awk 'END{print NR, $0}' /tmp/n; awk '!seen[$0]++' <<< $'a\nb\na'; awk '{a[NR]=$0} END{for(i=NR;i>0;i--) print a[i]}' /tmp/m
awk -F, '$2>5' <<< $'x,2\ny,10'; awk '$1 ~ "^t"' /tmp/n; awk '/t/ && !/h/' /tmp/n; awk 'BEGIN { while (("cat /tmp/m" | getline l) > 0) c++; print c }'
printf 'a\na\nb\nc\nc\n' | uniq --all-repeated=separate; printf 'a\na\nb\nc\nc\n' | uniq --group=both; printf 'a\na\nb\n' | uniq -D -c; printf 'ab\tc\n' | wc -L; wc -L /tmp/n /tmp/m
