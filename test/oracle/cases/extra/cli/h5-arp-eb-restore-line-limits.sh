# arptables-restore and ebtables-restore with the same slips: blanks after '*', over-long words, too many words, lines in fgets pieces
printf '* filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n' | arptables-restore; echo rc=$?; arptables-save | grep -v '^#'
printf '*filter\n-A INPUT -s %s -j ACCEPT\nCOMMIT\n' "$(printf 'a%.0s' $(seq 1100))" | arptables-restore; echo rc=$?
printf '*filter\n-A INPUT -s %s -j ACCEPT\nCOMMIT\n' "$(printf 'a%.0s' $(seq 300))" | arptables-restore 2>&1 | cut -c1-80; echo rc=$?
printf '*filter\n-A INPUT -s 10.0.0.2 %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 130); do printf -- '-i lo '; done)" | arptables-restore; echo rc=$?
printf '*filter\n#%s\n-A INPUT -j ACCEPT\nCOMMIT\n' "$(printf 'x%.0s' $(seq 10239))" | arptables-restore; echo rc=$?
printf '*filter\n-A INPUT -j DROP\nCOMMIT\n' | arptables-restore; echo rc=$?; arptables-save | grep -v '^#'
printf '* filter\n-A INPUT -j ACCEPT\nCOMMIT\n' | ebtables-restore; echo rc=$?; ebtables-save | grep -v '^#'
printf '*filter\n-A INPUT --comment "%s" -j ACCEPT\nCOMMIT\n' "$(printf 'a%.0s' $(seq 1100))" | ebtables-restore; echo rc=$?
printf '*filter\n-A INPUT %s-j ACCEPT\nCOMMIT\n' "$(for i in $(seq 130); do printf -- '-i lo '; done)" | ebtables-restore; echo rc=$?
printf '*filter\n#%s\n-A INPUT -j ACCEPT\nCOMMIT\n' "$(printf 'x%.0s' $(seq 10239))" | ebtables-restore; echo rc=$?
