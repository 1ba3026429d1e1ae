# chown -h and chown -R change a symbolic link itself; without them the file it leads to; ls -l and stat show the link's owner
touch /tmp/t; ln -s /tmp/t /tmp/l; mkdir /tmp/d; ln -s /tmp/t /tmp/d/l2
chown -h daemon /tmp/l; stat -c '%U %n' /tmp/t /tmp/l
chown -h bin:adm /tmp/l; ls -l /tmp/l | cut -d' ' -f1-4
chown -R nobody /tmp/d; stat -c '%U %n' /tmp/t /tmp/d /tmp/d/l2
chown -hv sys /tmp/l
chgrp -h adm /tmp/d/l2; stat -c '%G %n' /tmp/d/l2 /tmp/t
chown daemon /tmp/d/l2; stat -c '%U %n' /tmp/d/l2 /tmp/t
rm /tmp/l; ln -s /tmp/t /tmp/l; stat -c '%U %G' /tmp/l
