# hashlimit tables are shared by name across iptables tables (per family): a rate-match mode clash
# with a rule of another table is refused too.
iptables -t mangle -A PREROUTING -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-rate-match
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y
iptables -t raw -A PREROUTING -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-rate-match
ip6tables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-rate-match
iptables -S
