# Rules naming the same hashlimit table share it: the kernel refuses a rule whose
# --hashlimit-rate-match differs from the rules already using the name, until they are gone.
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name b --hashlimit-mode srcip
iptables -A INPUT -m hashlimit --hashlimit-upto 9/min --hashlimit-name b --hashlimit-mode dstip --hashlimit-srcmask 3
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name b --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name c --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name c --hashlimit-rate-match --hashlimit-rate-interval 9 --hashlimit-mode srcip
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name c
iptables -A OUTPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name c
iptables -I INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name c
iptables -R INPUT 4 -m hashlimit --hashlimit-upto 3/s --hashlimit-name c
iptables -D INPUT 4
iptables -R INPUT 3 -m hashlimit --hashlimit-upto 3/s --hashlimit-name c
iptables -A INPUT -m hashlimit --hashlimit-upto 3/s --hashlimit-name c
iptables -S
