ip netns add a
ip -n a link set lo up
ip netns exec a serve tcp 22
ip netns exec a serve udp 53
ip netns exec a ss; echo rc=$?
ip netns exec a ss -n; echo rc=$?
ip netns exec a ss -lnw; echo rc=$?
ip netns exec a ss -lnd; echo rc=$?
ip netns exec a ss -lnS; echo rc=$?
ip netns exec a ss -lnM; echo rc=$?
ip netns exec a ss -ln0; echo rc=$?
ip netns exec a ss -lnx; echo rc=$?
ip netns exec a ss --vsock -ln; echo rc=$?
ip netns exec a ss --tipc -ln; echo rc=$?
ip netns exec a ss --xdp -ln; echo rc=$?
ip netns exec a ss -ant; echo rc=$?
ip netns exec a ss -an4; echo rc=$?
ip netns exec a ss -tu; echo rc=$?
ip netns exec a ss -tua; echo rc=$?
ip netns exec a ss -t -A udp -l; echo rc=$?
ip netns exec a ss -A tcp,raw -ln; echo rc=$?
ip netns exec a ss -f inet6 -ln; echo rc=$?
ip netns exec a ss -f link -l; echo rc=$?
ip netns exec a ss -f bogus; echo rc=$?
ip netns exec a ss -f help 2>&1 | head -2; echo rc=$?
ip netns exec a ss -h > /dev/null; echo rc=$?
ip netns exec a ss -D 2>&1 | head -2
ip netns exec a ss -F /tmp/nonexist; echo rc=$?
printf 'sport = :22\n' > /tmp/ssf; ip netns exec a ss -tln -F /tmp/ssf; echo rc=$?
ip netns exec a ss -tln src :22; echo rc=$?
ip netns exec a ss -tln src '*:22'; echo rc=$?
ip netns exec a ss -tln src 0.0.0.0/0; echo rc=$?
ip netns exec a ss -tln src 0/0:22; echo rc=$?
ip netns exec a ss -tln dst '*'; echo rc=$?
ip netns exec a ss -tln src '[::]:22'; echo rc=$?
ip netns exec a ss -tln sport = :http; echo rc=$?
ip netns exec a ss -tln sport = :bogusname; echo rc=$?
ip netns exec a ss -uln sport = :domain; echo rc=$?
ip netns exec a ss -tln sport = :0x16; echo rc=$?
ip netns exec a ss -tln sport = :026; echo rc=$?
ip netns exec a ss -tln not sport = :22; echo rc=$?
ip netns exec a ss -tln '!' sport = :22; echo rc=$?
ip netns exec a ss -tln sport = :22 or sport = :53; echo rc=$?
ip netns exec a ss -tln sport = :22 and dport = :0; echo rc=$?
ip netns exec a ss -tln sport = :22 dport = :0; echo rc=$?
ip netns exec a ss -tln sport != :22; echo rc=$?
ip netns exec a ss -tln sport le :22; echo rc=$?
ip netns exec a ss -tln sport ge :23; echo rc=$?
ip netns exec a ss -tln autobound; echo rc=$?
ip netns exec a ss -tln dev lo; echo rc=$?
ip netns exec a ss -tln dev nosuch; echo rc=$?
ip netns exec a ss -tln dev 0; echo rc=$?
ip netns exec a ss -tln fwmark 0x0; echo rc=$?
ip netns exec a ss -tln fwmark 0x1/0xff; echo rc=$?
ip netns exec a ss -tln fwmark zz; echo rc=$?
ip netns exec a ss -tln 10.0.0.1; echo rc=$?
ip netns exec a ss -tln state listening state established; echo rc=$?
ip netns exec a ss -tln exclude listening sport = :22; echo rc=$?
ip netns exec a ss -tln excl closed; echo rc=$?
ip netns exec a ss -tl state; echo rc=$?
ip netns exec a ss -tln '(' sport = :22 ')' '|' '(' sport = :80 ')'; echo rc=$?
ip netns exec a ss -tln 'sport = :22 || sport = :80'; echo rc=$?
ip netns exec a ss -tln 'sport = :22 && sport = :80'; echo rc=$?
ip netns exec a ss -tln sport eq 22 or sport lt 10; echo rc=$?
ip netns exec a ss -tln dst localhost; echo rc=$?
ip netns exec a ss -tln src 127.0.0.1:22; echo rc=$?
ip netns exec a ss -tln src inet:0.0.0.0; echo rc=$?
ip netns exec a ss -tln src inet6:'[::]'; echo rc=$?
