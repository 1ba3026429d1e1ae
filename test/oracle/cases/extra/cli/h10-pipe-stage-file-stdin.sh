printf 'a\nb\nc\nd\ne\n' > /tmp/h10f
while read l; do echo "L=$l"; head -n1 | cat; done < /tmp/h10f
echo ---
while read l; do echo "L=$l"; x=$(head -n1); echo "x=$x"; done < /tmp/h10f
echo ---
while read l; do echo "L=$l"; grep -m1 . | cat; done < /tmp/h10f
echo ---
printf 'a\nb\nc\nd\ne\n' | while read l; do echo "L=$l"; head -n1 | cat; done
rm -f /tmp/h10f
