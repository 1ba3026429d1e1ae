ss --s 2>&1 | head -2; echo rc=$?
ss --s > /dev/null 2>&1; echo rc=$?
ss --numeric=x 2>&1 | head -1
ss --fam 2>&1 | head -1
ss --fam inet -tln; echo rc=$?
ss --family=inet6 -tl; echo rc=$?
ss -tlnfinet; echo rc=$?
ss -Ainet -l -n | head -1; echo rc=$?
ss -A 'tcp,!tcp' -l; echo rc=$?
ss -A '!tcp'; echo rc=$?
ss -x -A tcp -l -n | head -3
ss -Z; echo rc=$?
ss -N nosuch; echo rc=$?
ss -V -Q; echo rc=$?
ss -Q -V 2>&1 | head -1; echo rc=$?
ss -t -- -l; echo rc=$?
ss -t sport = :22 -l -n; echo rc=$?
ss -tln state; echo rc=$?
ss -tln exclude; echo rc=$?
ss -tln state Listening; echo rc=$?
ss -tln state unknown; echo rc=$?
ss -tln state unconnected; echo rc=$?
ss -uln state unconnected; echo rc=$?
ss -tn -F - < /dev/null; echo rc=$?
printf '# comment\n0 ignored\nsport = :22\n' | ss -tln -F -; echo rc=$?
ss -tln -F /tmp -F /tmp; echo rc=$?
ss -tln -F /tmp; echo rc=$?
ss -w -l sport = :http; echo rc=$?
ss -E -tln --help | head -2
ss -tln sport = :22 or; echo rc=$?
ss -tln '(' ')'; echo rc=$?
ss -tln dst = = 1.2.3.4; echo rc=$?
ss -tln dst 1.2.3.4/33; echo rc=$?
ss -tln dst 1.2.3.4/8:22; echo rc=$?
ss -tln dst '[1.2.3.4]:22'; echo rc=$?
ss -tln dst '[::1'; echo rc=$?
ss -tln sport = :99999; echo rc=$?
ss -tln sport = :-1; echo rc=$?
ss -tln sport = '*'; echo rc=$?
ss -6 -tln dst 10.0.0.1; echo rc=$?
ss -tln dport = :ssh and src = 0.0.0.0; echo rc=$?
ss -tan 'dst 127.0.0.1 or dst 1.1.1.1'; echo rc=$?
ss -ua sport = :domain; echo rc=$?
ss -x dst unix:/tmp/x; echo rc=$?
