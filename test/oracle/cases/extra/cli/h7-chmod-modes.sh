# chmod modes as firewall guides set them (600 rules files, -R go-rwx, set-id bits, umask surprises) and how ls -l and stat show them
mkdir -p /tmp/fw/d; printf 'x\n' > /tmp/fw/rules.v4; touch /tmp/fw/d/f
chmod 600 /tmp/fw/rules.v4; ls -l /tmp/fw/rules.v4 | cut -c1-10; stat -c '%a %A' /tmp/fw/rules.v4
chmod -v 640 /tmp/fw/rules.v4
chmod -v 640 /tmp/fw/rules.v4
chmod -c go-rwx /tmp/fw/rules.v4
chmod u+x,g=u /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod =r /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod =w /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod +w /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod a+w /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod -w /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod 4755 /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod u-x /tmp/fw/rules.v4; stat -c '%a %A' /tmp/fw/rules.v4
chmod 1777 /tmp/fw/d; ls -ld /tmp/fw/d | cut -c1-10; stat -c '%a %A' /tmp/fw/d
chmod o-x /tmp/fw/d; stat -c '%a %A' /tmp/fw/d
chmod 2750 /tmp/fw/d; stat -c '%a %A' /tmp/fw/d
chmod -R go-rwx /tmp/fw; stat -c '%a %A %n' /tmp/fw /tmp/fw/d /tmp/fw/d/f /tmp/fw/rules.v4
chmod -Rv 755 /tmp/fw
chmod a+X /tmp/fw/d/f; stat -c '%a' /tmp/fw/d/f
chmod 644 /tmp/fw/d/f; chmod a+X /tmp/fw/d/f; stat -c '%a' /tmp/fw/d/f
chmod u=rw,go= /tmp/fw/d/f; stat -c '%a' /tmp/fw/d/f
chmod g+u /tmp/fw/d/f; stat -c '%a' /tmp/fw/d/f
chmod +t /tmp/fw/d/f; stat -c '%a %A' /tmp/fw/d/f
chmod g+s /tmp/fw/d/f; stat -c '%a %A' /tmp/fw/d/f
chmod 0 /tmp/fw/d/f; stat -c '%a %A' /tmp/fw/d/f
chmod 77777 /tmp/fw/d/f
chmod 00644 /tmp/fw/d/f; stat -c '%a' /tmp/fw/d/f
stat -c '%a %A %n' /tmp /root /etc /var/tmp
ls -ld /tmp /root | cut -c1-10
cd /tmp/fw && ls -la | cut -c1-10
rm /tmp/fw/d/f; touch /tmp/fw/d/f; stat -c %a /tmp/fw/d/f
