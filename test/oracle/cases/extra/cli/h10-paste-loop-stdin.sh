printf 'x\ny\n' > /tmp/h10col
printf '1\n2\n3\n' > /tmp/h10nums
while read n; do echo "n=$n"; paste /tmp/h10col /tmp/h10col | head -1; done < /tmp/h10nums
printf '1\n2\n3\n' | while read n; do echo "n=$n"; paste -s -d, /tmp/h10col; done
printf '1\n2\n3\n' | while read n; do echo "n=$n"; paste - /tmp/h10col; done
rm -f /tmp/h10col /tmp/h10nums
