# connbytes counts are u64: values past 2^53 (decimal, hex, octal) are kept exactly; '!' swaps the
# bounds, so a range that swaps onto itself lists without it.
iptables -A INPUT -m connbytes ! --connbytes 18446744073709551615 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 9007199254740993 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 9007199254740993:18446744073709551614 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 18446744073709551616 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 0xffffffffffffffff --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 01777777777777777777777 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes ! --connbytes 10:20 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes ! --connbytes 0 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes ! --connbytes 0:18446744073709551615 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 5:0 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 18446744073709551615:1 --connbytes-dir both --connbytes-mode bytes
iptables -S INPUT
iptables -L INPUT
iptables -C INPUT -m connbytes --connbytes 9007199254740992 --connbytes-dir both --connbytes-mode bytes
iptables -C INPUT -m connbytes --connbytes 9007199254740993 --connbytes-dir both --connbytes-mode bytes
iptables -C INPUT -m connbytes --connbytes 20:10 --connbytes-dir both --connbytes-mode bytes
