# ln forms a guide uses to switch a ruleset: ./NAME, -t, -r, -b, -sfn on a directory link
mkdir -p /tmp/fw/v1 /tmp/fw/v2; echo v1 > /tmp/fw/v1/rules; echo v2 > /tmp/fw/v2/rules
cd /tmp/fw && ln -s v1/rules; readlink rules; cat rules
cd /tmp/fw && ln -s v1/rules
cd /tmp/fw && ln v1/rules
ln -sv /tmp/fw/v1 /tmp/fw/current; cat /tmp/fw/current/rules
ln -sfnv /tmp/fw/v2 /tmp/fw/current; cat /tmp/fw/current/rules
ln -sf /tmp/fw/v1 /tmp/fw/current; readlink /tmp/fw/current; ls /tmp/fw/v2
ln -sr /tmp/fw/v1/rules /tmp/fw/v2/old; readlink /tmp/fw/v2/old; cat /tmp/fw/v2/old
ln -sr /tmp/fw/v1 /tmp/fw/rel1; readlink /tmp/fw/rel1
ln -s -t /tmp/fw/v2 /tmp/fw/v1/rules
ln -s -t /tmp/fw/missing /tmp/fw/v1/rules
ln -s -t /tmp/fw/v1/rules /tmp/fw/v2/rules
ln -t /tmp/fw/v2/ -sv /tmp/fw/v1/rules
ln -bsv /tmp/fw/v2/rules /tmp/fw/active; ln -bsv /tmp/fw/v1/rules /tmp/fw/active; readlink /tmp/fw/active /tmp/fw/active~
ln -s -S .orig -b /tmp/fw/v2/rules /tmp/fw/active; readlink /tmp/fw/active.orig
ln -sTf /tmp/fw/v1/rules /tmp/fw/v1
ln /tmp/fw/v1 /tmp/fw/hard
ln -s /tmp/fw/v1/rules /tmp/fw/v2/rules /tmp/fw/v1/rules
ln --help | head -4
ln --version | head -1
