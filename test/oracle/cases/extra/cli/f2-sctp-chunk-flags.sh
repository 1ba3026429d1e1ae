# sctp --chunk-types flags: libxt_sctp files them under the chunk's place in its name table
# (equal to the type up to SHUTDOWN_COMPLETE), so I_DATA's flags are kept and compared but
# never listed; '-' is a flag letter (bit 7); an upper-case letter sets its bit for good;
# at most four chunk types carry flags.
iptables -A INPUT -p sctp --chunk-types any I_DATA:U
iptables -A INPUT -p sctp --chunk-types any I_DATA:UBIE,DATA:b
iptables -A INPUT -p sctp --chunk-types any DATA:uU
iptables -A INPUT -p sctp --chunk-types all DATA:EBUI,ABORT:t
iptables -A INPUT -p sctp --chunk-types any data:i,Abort:T,shutdown_complete:t
iptables -A INPUT -p sctp --chunk-types any DATA:I,DATA:U
iptables -A INPUT -p sctp --chunk-types any DATA:-,INIT:-
iptables -A INPUT -p sctp --chunk-types any INIT:-,SACK:-,ERROR:-,PAD:-
iptables -A INPUT -p sctp --chunk-types any INIT:-,SACK:-,ERROR:-,PAD:-,SHUTDOWN:-
iptables -A INPUT -p sctp --chunk-types any INIT:x
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -p sctp --chunk-types any I_DATA
iptables -C INPUT -p sctp --chunk-types any I_DATA:u
iptables -C INPUT -p sctp --chunk-types any I_DATA:U
iptables -D INPUT -p sctp --chunk-types any I_DATA:BIEU,DATA:b
iptables -S INPUT
