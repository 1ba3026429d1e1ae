# hard links (ln without -s): one content, one mode, a link count in ls -l and stat; rm and mv keep the others
printf 'v1\n' > /tmp/a; ln /tmp/a /tmp/b; ls -l /tmp/a /tmp/b | cut -d' ' -f1-5; stat -c '%h %n' /tmp/a /tmp/b
echo v2 >> /tmp/b; cat /tmp/a
echo v3 > /tmp/a; cat /tmp/b
ln /tmp/b /tmp/c; stat -c '%h %n' /tmp/a /tmp/b /tmp/c
chmod 600 /tmp/c; stat -c '%a %n' /tmp/a /tmp/b /tmp/c
rm /tmp/a; stat -c '%h %n' /tmp/b /tmp/c; cat /tmp/c
rm /tmp/b; stat -c '%h %a %n' /tmp/c
mv /tmp/c /tmp/d; ln /tmp/d /tmp/e; mv /tmp/e /tmp/f; echo new > /tmp/d; cat /tmp/f; stat -c '%h %n' /tmp/d /tmp/f
cp /tmp/d /tmp/g; stat -c '%h %n' /tmp/g
