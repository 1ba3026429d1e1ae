# owners after chown: ls -l/-n columns, stat, find -user/-group, id USER, and chown -v's names
cd /tmp && touch a bb ccc && mkdir dd && chown nobody:nogroup a && chown www-data bb && chgrp adm dd
ls -l /tmp | sed 's/ [A-Z][a-z][a-z] .*//'
ls -ln /tmp | sed 's/ [A-Z][a-z][a-z] .*//'
ls -l --numeric-uid-gid a bb | sed 's/ [A-Z][a-z][a-z] .*//'
chown 4242 ccc; ls -l /tmp | sed 's/ [A-Z][a-z][a-z] .*//'
stat -c '%U %G %u %g %n' a bb ccc dd
find /tmp -user nobody | sort
find /tmp -group adm
find /tmp -uid 4242; find /tmp -gid 65534; find /tmp -user nosuch; find /tmp -group nosuch; find /tmp -uid x
id; id root; id nobody; id www-data; id 0; id -u nobody; id -un 65534; id -G daemon; id -Gn daemon; id -gn nobody; id nosuch
touch /tmp/f; chown nobody /tmp/f
chown -v :adm /tmp/f
chown -v :adm /tmp/f
chown -v :0 /tmp/f
chown -v daemon /tmp/f
chown -v 1 /tmp/f
chown -v daemon:0 /tmp/f
chown -v 0:adm /tmp/f
chown -v "" /tmp/f
chgrp -v 4 /tmp/f
chown -v 4243:4343 /tmp/f
chown -v nobody: /tmp/f
chown -v +0 /tmp/f
chown -v +65534:+0 /tmp/f
chown -v -- -1 /tmp/f
chown 4294967295 /tmp/f
chown 4294967294 /tmp/f; stat -c %u /tmp/f
chown 0: /tmp/f
