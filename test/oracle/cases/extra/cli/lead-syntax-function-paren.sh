if true; then echo a
fi
echo "unterminated
echo after
for i in 1 2; do echo $i; done done
case x in y) echo y;; esac esac
echo $((1 +))
echo ${x:?unset here}
echo ${!}
f() { echo f; }; f; f(
(echo sub
echo ok
f(
echo (
echo a (
f (
f ( x
f ( )
f() x
f ( ) { echo ok; }; f
a=1 (
echo a ; (
echo a | (
f()
