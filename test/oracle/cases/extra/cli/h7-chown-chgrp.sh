# chown/chgrp as a guide hardening a rules file: specs, -v/-c wording, -R, errors
mkdir -p /tmp/fw/rules.d; printf '*filter\nCOMMIT\n' > /tmp/fw/rules.v4; touch /tmp/fw/rules.d/10-base.rules
chown root:root /tmp/fw/rules.v4; stat -c '%U:%G %u:%g %n' /tmp/fw/rules.v4
chown nobody /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown nobody:nogroup /tmp/fw/rules.v4; ls -l /tmp/fw/rules.v4 | cut -d' ' -f1-5
chown root: /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown :adm /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown www-data.www-data /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown 0:0 /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown 4242:4343 /tmp/fw/rules.v4; ls -l /tmp/fw/rules.v4 | cut -d' ' -f1-5; stat -c '%U %G %u %g' /tmp/fw/rules.v4
chown -v daemon /tmp/fw/rules.v4
chown -v daemon /tmp/fw/rules.v4
chown -c root:root /tmp/fw/rules.v4
chown -c root:root /tmp/fw/rules.v4
chown -Rv nobody:nogroup /tmp/fw
chgrp -R -c adm /tmp/fw
chgrp -v adm /tmp/fw/rules.v4
chgrp staff /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown --reference=/tmp/fw /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
chown --from=nobody root /tmp/fw/rules.v4 /tmp/fw; stat -c '%U %G %n' /tmp/fw /tmp/fw/rules.v4
chown nosuchuser /tmp/fw/rules.v4
chown nosuchuser:root /tmp/fw/rules.v4
chown root:nosuchgroup /tmp/fw/rules.v4
chown :nosuchgroup /tmp/fw/rules.v4
chown root:root: /tmp/fw/rules.v4
chgrp nosuchgroup /tmp/fw/rules.v4
chown root /tmp/fw/missing; echo rc=$?
chown -R root /tmp/fw/missing /tmp/fw/rules.v4; echo rc=$?
chown root
chown
chgrp adm
chgrp
chown -z root /tmp/fw/rules.v4
chown --bogus root /tmp/fw/rules.v4
chown "" /tmp/fw/rules.v4; echo rc=$?
chown : /tmp/fw/rules.v4; echo rc=$?
chown --version | head -1
chgrp --version | head -1
rm /tmp/fw/rules.v4; touch /tmp/fw/rules.v4; stat -c '%U %G' /tmp/fw/rules.v4
ls -ld /tmp/fw | cut -d' ' -f1-4
