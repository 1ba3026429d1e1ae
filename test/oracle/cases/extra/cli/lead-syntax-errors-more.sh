)
;;
done
fi
then
{ }
if then fi
while do done
&& echo a
| echo a
echo a &&
echo a ||
echo a |
;
& ;
echo a ; ;
<
echo >
echo > >
echo $(
echo ${
echo "$(echo"
(( ))
((
function
function f
for
for x in
case
case x
case x in
echo a & &
echo a;; echo b
{ echo a }
{ echo a; } }
if true; then fi
for x in a b; echo $x; done
while true; do; done
f() echo a
echo a > $x
x=(a b) c
echo `
echo 'a
echo $((
[ a
test (
echo a >& 
echo a 2>
cat <<
echo a | | echo b
echo a || && echo b
time
! echo a | ! echo b
