# grep 3.8 regex errors and warnings, -m, --color=WHEN, -V; tail -f with no file; cat -e/-t/-s; mkdir -v, rm -v, rmdir, mv errors; other file-tool corners
printf 'one\ntwo\nthree\n' > /tmp/f
grep -E 'a(' /tmp/f; echo rc=$?
grep 'a\(' /tmp/f; echo rc=$?
grep '[' /tmp/f; echo rc=$?
grep -E '[z-a]' /tmp/f; echo rc=$?
grep -E '*one' /tmp/f; echo rc=$?
grep -E 'o{1' /tmp/f; echo rc=$?
grep -m1 o /tmp/f; grep -m x o /tmp/f; echo rc=$?
grep -A x o /tmp/f; echo rc=$?
grep -c o /tmp/f /tmp/f /nonexist; echo rc=$?
grep -l o /tmp/f /nonexist; grep -L o /tmp/f; grep -h o /tmp/f /tmp/f | wc -l
grep -e one -e two /tmp/f; grep -F 'o.' /tmp/f; echo rc=$?
grep -x two /tmp/f; grep -ow 't[a-z]*' /tmp/f
grep --color=never -n t /tmp/f; grep --colour=always x /tmp/f; echo rc=$?
grep -q one /tmp/f && echo found
grep -P '\d' /tmp/f; echo rc=$?
grep -r one /tmp | sort
grep one; echo rc=$?
grep -E 'one|three' -c /tmp/f
grep -V | head -1
tail -n x /tmp/f; echo rc=$?
tail -c 3 /tmp/f; tail -n +2 /tmp/f /tmp/f
tail -f /nonexist; echo rc=$?
head -c -2 /tmp/f; echo; head -n 0 /tmp/f; echo rc=$?
head -n 2 -q /tmp/f /tmp/f; head -v -n1 /tmp/f
head --bogus; echo rc=$?
tee; echo rc=$?
echo x | tee /nonexist/a; echo rc=$?
echo x | tee /tmp/t1 /tmp/t2 > /dev/null; cat /tmp/t1 /tmp/t2
echo y | tee -a /tmp/t1; cat /tmp/t1
cat -n /tmp/f; cat -A /tmp/f; cat -e /tmp/f | head -1
cat /tmp/f - /tmp/f <<< middle
cat /nonexist /tmp/f; echo rc=$?
mkdir /tmp; echo rc=$?
mkdir -p /tmp/d1/d2 && ls -d /tmp/d1/d2
mkdir /tmp/x1 /tmp/x1; echo rc=$?
mkdir; echo rc=$?
mkdir -v /tmp/x2
rmdir /tmp/x2; echo rc=$?
rm /tmp/d1; echo rc=$?
rm -rf /tmp/d1; ls /tmp
rm; echo rc=$?
rm -i /tmp/nope; echo rc=$?
rm -v /tmp/t2
cp /tmp/f /tmp/g && cat /tmp/g | wc -l
cp /tmp/f /nonexist/g; echo rc=$?
cp -r /tmp/x1 /tmp/x3 && ls /tmp | sort
cp /tmp/x1 /tmp/x4; echo rc=$?
mv /tmp/g /tmp/h; ls /tmp; mv /tmp/h /nonexist/h; echo rc=$?
mv /tmp/x1; echo rc=$?
ls -a /tmp | head -3; ls -1 /tmp/f /tmp/x3
ls -l /tmp/f | cut -c1-10
ls /tmp/nonexist /tmp/f; echo rc=$?
ls -d /tmp /etc
touch /tmp/new; ls /tmp/new; touch /nonexist/x; echo rc=$?
echo foo > /tmp/; echo rc=$?
cat /tmp/f > /tmp/f; wc -c /tmp/f
echo abc >> /tmp/f; echo def >> /tmp/f; cat /tmp/f
basename /etc/iptables/rules.v4; dirname /etc/iptables/rules.v4; basename /a/b.txt .txt
seq 3; seq 2 5; seq 1 2 7; seq -s, 3; seq 0; echo rc=$?
tr a-z A-Z < /tmp/f; tr -d e < /tmp/f; tr -s 'a-z' < /tmp/f
tr; echo rc=$?
tr a; echo rc=$?
