# od as scripts use it to show bytes (-c, -An, -t x1/d1/u1, -b, -x, default, * for repeats, several formats aligned) and declare -i arithmetic assignments
printf 'ab\tc\n\001\177xyz0123456789ABCDEF' | od -c; printf 'ab\tc\n' | od -An -c; printf 'abc\n' | od -t x1; printf 'abc\n' | od -An -tx1; printf 'abc\n' | od -b; printf 'abc\n' | od
printf 'abcdefghijklmnopqrstu' | od -c; printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' | od -c; od -c /nonexist; echo rc=$?; printf '' | od -c; printf 'ab' | od -t d1; printf 'ab' | od -x
iptables -S | head -1 | od -c | head -2; echo $'a\tb' | od -An -c; printf 'x' | od -Ad -tx1; printf "ab" | od -t d1 -t u1 -t x1
echo '\n' "\n" \n $'\n' | od -c | head -2
declare -i num=10; num+=5; echo $num; num="2*3"; echo $num; num=x; echo $num; x=7; num=x+1; echo $num
declare -i i; i=3+4; echo $i; j=3+4; echo $j
