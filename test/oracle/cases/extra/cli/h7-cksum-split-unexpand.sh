# cksum, split and unexpand on saved rulesets and lists
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n' > /tmp/rules.v4; printf '' > /tmp/empty; mkdir /tmp/dir
cksum /tmp/rules.v4 /tmp/empty
cksum < /tmp/rules.v4
cksum /tmp/rules.v4 - /tmp/nope < /tmp/empty; echo rc=$?
cksum /tmp/dir; echo rc=$?
cksum -a md5 /tmp/rules.v4
cksum -a sha256 /tmp/rules.v4 /tmp/nope
cksum --untagged -a sha1 /tmp/rules.v4
cksum -a sysv /tmp/rules.v4; cksum -a bsd /tmp/rules.v4
seq 1 5000 | cksum
cksum -a blah /tmp/rules.v4
cksum --bogus
cd /tmp && seq 1 25 > list && split -l 10 list && ls x* && cat xac
cd /tmp && split -l 10 list part_ && wc -l part_*
cd /tmp && split -n 3 list chunk. && wc -c chunk.*
cd /tmp && split -b 20 -d list num && ls num*
cd /tmp && split -l 10 --additional-suffix=.txt --verbose list sfx
cd /tmp && seq 1 7 | split -l 3 - /tmp/st_ && head /tmp/st_*
cd /tmp && seq 1 5 | split --numeric-suffixes=5 -l 2 - /tmp/ns && ls /tmp/ns*
cd /tmp && seq 1 30 | split -l 1 -a 1 - /tmp/ex; echo rc=$?; ls /tmp/ex* | wc -l
cd /tmp && split nope
cd /tmp && split -l 0 list
cd /tmp && split /tmp/dir
cd /tmp && seq 1 10 | split -n 4 - /tmp/n4
printf '        a\tb   c\n                x\n  y\n' | unexpand | od -c
printf '        a        b       c\n' | unexpand -a | od -c
printf 'ab      cd      e\nab       cd\n' | unexpand -a | od -c
printf '        a       b\n' | unexpand -t 4,8,12 | od -c
printf '    a\n' | unexpand -t 4 | od -c
printf '        a        b\n' | unexpand --first-only -t 8 | od -c
printf '    x\n' | unexpand -t 0
printf '    x\n' | unexpand -t 8,4
unexpand /tmp/nope
cd /tmp && seq 1 1000 > /tmp/list
sum /tmp/rules.v4
sum /tmp/rules.v4 /tmp/list
sum < /tmp/list
sum -s /tmp/rules.v4 /tmp/list
sum -r /tmp/rules.v4
sum /tmp/nope /tmp/rules.v4; echo rc=$?
sum /tmp; echo rc=$?
sum -s - < /tmp/rules.v4
sum --sysv /tmp/rules.v4
sum -x
