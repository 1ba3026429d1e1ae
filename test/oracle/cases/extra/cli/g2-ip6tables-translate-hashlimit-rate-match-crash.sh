# ip6tables-translate 1.8.9 crashes (SIGSEGV, exit 139, no output) on a hashlimit with --hashlimit-rate-match; iptables-translate prints its (null) key
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-rate-match
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-rate-match --hashlimit-mode srcip
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-mode srcip
ip6tables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-rate-match --hashlimit-mode dstport
echo after
iptables-translate -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name y --hashlimit-rate-match --hashlimit-mode srcip
