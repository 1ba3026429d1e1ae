# install puts rules files in place with a mode, owner and group; -d, -D, -t, -C, -b and the errors
printf '*filter\nCOMMIT\n' > /tmp/r.v4
mkdir -p /tmp/d
install -m 600 /tmp/r.v4 /tmp/out.v4; stat -c '%a %U %G %s' /tmp/out.v4
install /tmp/r.v4 /tmp/out2; stat -c '%a' /tmp/out2
install -d /tmp/a/b/c; stat -c '%a %F' /tmp/a/b/c /tmp/a
install -d -m 700 /tmp/x; stat -c '%a' /tmp/x
install -v -m 644 /tmp/r.v4 /tmp/out3
install -v -d /tmp/y/z
install -D -m 640 /tmp/r.v4 /tmp/deep/er/rules.v4; stat -c '%a' /tmp/deep/er/rules.v4 /tmp/deep
install -Dv /tmp/r.v4 /tmp/deep2/rules.v4
install -o nobody -g nogroup /tmp/r.v4 /tmp/own; stat -c '%U %G %a' /tmp/own
install -o bogus /tmp/r.v4 /tmp/own2
install -g bogus /tmp/r.v4 /tmp/own2
install -m 999 /tmp/r.v4 /tmp/own2
install /tmp/nope /tmp/own2
install /tmp/r.v4
install
install /tmp/r.v4 /tmp/out.v4 /tmp/x; ls /tmp/x
install -t /tmp/x -m 600 /tmp/r.v4; stat -c '%a' /tmp/x/r.v4
install /tmp/r.v4 /tmp/nodir/f
install /tmp/x /tmp/z
install -m u=rw,go=r /tmp/r.v4 /tmp/sym; stat -c '%a' /tmp/sym
install -C -v /tmp/r.v4 /tmp/sym
install -b -v /tmp/r.v4 /tmp/sym; ls /tmp/sym*
install -Q
install --version | head -1
install -d /tmp/d; echo rc=$?; stat -c %a /tmp/d
install -d -m 750 -o nobody /tmp/d; stat -c '%a %U %G' /tmp/d
install -t /tmp/nodir /tmp/r.v4
install -t /tmp/r.v4 /tmp/r.v4
install -T /tmp/r.v4 /tmp/d
install -m +x /tmp/r.v4 /tmp/rx; stat -c %a /tmp/rx
install -m a-x /tmp/r.v4 /tmp/ry; stat -c %a /tmp/ry
install -o 4242 -g 4343 /tmp/r.v4 /tmp/rn; stat -c '%u %g' /tmp/rn
install -g adm /tmp/r.v4 /tmp/rg; stat -c '%U %G' /tmp/rg
install /tmp/r.v4 /tmp/r.v4
install -v /tmp/r.v4 /tmp/d/
install -Dm600 /tmp/r.v4 /tmp/new/sub/; echo rc=$?
install -D /tmp/r.v4 /tmp/nd/x /tmp/nd2; echo rc=$?
install -d; echo rc=$?
install -vd /tmp/p/q /tmp/p/r
install -s /tmp/r.v4 /tmp/stripped; echo rc=$?
install -C /tmp/r.v4 /tmp/cc; install -C -v -m 755 /tmp/r.v4 /tmp/cc; echo rc=$?
install -p /tmp/r.v4 /tmp/pp; echo rc=$?
