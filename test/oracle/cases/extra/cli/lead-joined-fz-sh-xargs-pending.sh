# fz-sh-xargs-pending with legacy tables present and every command's stderr joined to its stdout (2>&1).
iptables-legacy -N LEGACYX; ip6tables-legacy -N LEGACYX
# An unmatched quote stops xargs, but the words read before it still run (a short group too).
printf "a b c\nd e ' f\n" | xargs; echo rc=$? 2>&1
printf "a b c\nd e ' f\n" | xargs -n 2 2>&1
printf "a b c d e f g\n' x\n" | xargs -n 2 echo 2>&1
printf "a b c\nd e ' f\n" | xargs -n 4 echo got 2>&1
printf "it's\n" | xargs echo ran; echo rc=$? 2>&1
grep -c . /etc/services | xargs echo lines: 2>&1
