# fmt refilling comments and notes
printf 'The quick brown fox jumps over the lazy dog. The dog sleeps. Then (after a while) the fox runs away, far away; it never returns!  And that is the end of the story, which was rather short but had a few words in it.\n\nSecond paragraph here.\n' > /tmp/p.txt
fmt /tmp/p.txt
fmt -w 40 /tmp/p.txt
fmt -u -w 50 /tmp/p.txt
fmt -s -w 30 /tmp/p.txt
fmt -g 50 /tmp/p.txt
fmt -w 60 -g 40 /tmp/p.txt
fmt -30 /tmp/p.txt
printf '\tTabbed paragraph with a few words that go on and on and on and on and on and on and on until wrapping.\n' | fmt | od -c | head -8
printf '  - item one is long enough to wrap around the limit of the width given here\n    continued\n' | fmt -w 40
printf '  first line\nsecond line is here and long enough to be wrapped when tagged paragraph mode is on\n' | fmt -t -w 40
printf '  first line\n    second line goes here with more words to wrap at forty columns\n' | fmt -c -w 40
printf '# comment one that is quite long and should wrap because it exceeds width\n# more\ncode line\n' | fmt -p '#' -w 30
printf 'no newline at end' | fmt | od -c
printf '   \n\n  \t \nx\n' | fmt | od -c
head -30 /etc/services | fmt -w 50
fmt -w 5 -3 /tmp/p.txt
fmt -w abc /tmp/p.txt
fmt -w 3000 /tmp/p.txt
fmt -g 80 /tmp/p.txt
fmt --bogus
fmt /tmp /tmp/p.txt; echo rc=$?
fmt /tmp/nope; echo rc=$?
