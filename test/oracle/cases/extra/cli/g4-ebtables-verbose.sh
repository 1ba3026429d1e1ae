# ebtables-nft -v: added rules printed, "Flushing chain" / "Zeroing chain" for the chains nft has (a whole-table flush creates the built-ins first), ebtables-restore -v
ebtables -v -A INPUT -p IPv4 -j ACCEPT; echo rc=$?
ebtables -v -I INPUT -j DROP; echo rc=$?
ebtables -v -N X; echo rc=$?
ebtables -v -F INPUT; echo rc=$?
ebtables -v -Z; echo rc=$?
ebtables -v -X X; echo rc=$?
ebtables -v -P INPUT DROP; echo rc=$?
ebtables -v -L INPUT; echo rc=$?
printf '*filter\n-A INPUT -j ACCEPT\n' | ebtables-restore -v; echo rc=$?
ebtables -N Y; ebtables -P OUTPUT DROP; ebtables -v -F; echo rc=$?
ebtables -v -Z -L; echo rc=$?
ebtables -t nat -v -F; echo rc=$?
ebtables -t nat -A POSTROUTING -j ACCEPT; ebtables -t nat -v -F; ebtables -t nat -Z -v
