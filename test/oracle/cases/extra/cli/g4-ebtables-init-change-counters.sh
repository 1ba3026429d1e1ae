# ebtables-nft: --init-table deletes the table (nothing read after it); -C is parsed (arguments, ranges, counters) but never applied
ebtables -N U; ebtables -A INPUT -j U; ebtables -P FORWARD DROP; ebtables -A U -j ACCEPT
ebtables --init-table; echo rc=$?; ebtables -L; ebtables-save | grep -v '^#'
ebtables -A INPUT -j ACCEPT; ebtables -C INPUT 1 5 6; echo rc=$?; ebtables -L --Lc
ebtables -C INPUT 5 6 -j ACCEPT; echo rc=$?
ebtables -C INPUT; echo rc=$?
ebtables --concurrent -L INPUT; echo rc=$?
ebtables -t nat --init-table; echo rc=$?; ebtables-save | grep -c nat
ebtables -C INPUT +1 -2; echo rc=$?
ebtables -C INPUT 1:2 5 6; echo rc=$?
ebtables -C INPUT x:2 5 6; echo rc=$?
ebtables -C INPUT 1 5 6 7; echo rc=$?
ebtables -C INPUT 5x 6; echo rc=$?
ebtables -C INPUT 5 6x -j DROP; echo rc=$?
ebtables -L --init-table; echo rc=$?
ebtables --init-table -L; echo rc=$?
