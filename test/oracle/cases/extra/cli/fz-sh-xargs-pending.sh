# An unmatched quote stops xargs, but the words read before it still run (a short group too).
printf "a b c\nd e ' f\n" | xargs; echo rc=$?
printf "a b c\nd e ' f\n" | xargs -n 2
printf "a b c d e f g\n' x\n" | xargs -n 2 echo
printf "a b c\nd e ' f\n" | xargs -n 4 echo got
printf "it's\n" | xargs echo ran; echo rc=$?
grep -c . /etc/services | xargs echo lines:
