# mv keeps owner and mode (files and trees), cp makes new files with the source's mode less the umask
mkdir -p /tmp/d/s; printf 'x\n' > /tmp/f; touch /tmp/d/s/g
chown nobody:adm /tmp/f; chmod 640 /tmp/f; mv /tmp/f /tmp/f2; stat -c '%U %G %a' /tmp/f2
mv /tmp/f2 /tmp/d; stat -c '%U %G %a %n' /tmp/d/f2
chown -R daemon /tmp/d; chmod 700 /tmp/d/s; mv /tmp/d /tmp/e; stat -c '%U %a %n' /tmp/e /tmp/e/s /tmp/e/s/g /tmp/e/f2
cp /tmp/e/f2 /tmp/c1; stat -c '%U %G %a' /tmp/c1
chmod 755 /tmp/e/f2; cp /tmp/e/f2 /tmp/c2; stat -c '%a' /tmp/c2; test -x /tmp/c2 && echo exec
chmod 777 /tmp/e/f2; cp /tmp/e/f2 /tmp/c3; stat -c '%a' /tmp/c3
touch /tmp/c4; chmod 600 /tmp/c4; cp /tmp/e/f2 /tmp/c4; stat -c '%a' /tmp/c4
cp -r /tmp/e /tmp/e2; stat -c '%U %a %n' /tmp/e2 /tmp/e2/s /tmp/e2/f2
