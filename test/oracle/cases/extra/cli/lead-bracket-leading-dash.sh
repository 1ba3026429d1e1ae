# A '-' first in a bracket expression is itself: diff filtering with grep '^[-+][^-+]' and friends
printf '+a\n-b\n--c\n++d\nx\n' > /tmp/d
grep '^[-+][^-+]' /tmp/d
grep '[^-]' /tmp/d | wc -l
grep -E '^[^-+]' /tmp/d
sed -n '/^[-+]/p' /tmp/d
awk '/^[^-+x]/' /tmp/d
grep '[]-]' /tmp/d
grep '[]a-]' /tmp/d
grep '[z-a]' /tmp/d; echo rc=$?
grep '[^]a]' /tmp/d | head -2
grep '[+--]' /tmp/d | head -2
