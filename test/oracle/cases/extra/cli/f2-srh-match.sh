# ip6tables -m srh (libip6t_srh revision 1): numeric fields (the three tests of one field share
# its last value), SIDs as addr[/mask] kept unmasked (a mask that is no prefix counts as /128),
# getaddrinfo errors, -C/-D, legacy.
ip6tables -A INPUT -m srh --srh-next-hdr 17 --srh-segs-left-gt 1 --srh-last-entry-eq 4 --srh-tag 0
ip6tables -A INPUT -m srh ! --srh-next-hdr 17 ! --srh-hdr-len-eq 8 ! --srh-segs-left-lt 3 ! --srh-last-entry-gt 1 ! --srh-tag 5
ip6tables -A INPUT -m srh --srh-psid a::/64 --srh-nsid b::/48 --srh-lsid c::/32
ip6tables -A INPUT -m srh ! --srh-psid a:: ! --srh-nsid b:: ! --srh-lsid c::
ip6tables -A INPUT -m srh --srh-hdr-len-eq 1 --srh-hdr-len-gt 2 --srh-hdr-len-lt 3
ip6tables -A INPUT -m srh --srh-next-hdr 256
ip6tables -A INPUT -m srh --srh-tag 65536
ip6tables -A INPUT -m srh
ip6tables -A INPUT -m srh --srh-psid foo
iptables -A INPUT -m srh --srh-tag 1
ip6tables -A INPUT -m srh --srh-psid a:b:c:d:e:f:1:2 --srh-nsid a:b:c:d:e:f:1:2/96 --srh-lsid 1:2:3:4:5:6:7:8/ffff:ffff::
ip6tables -A INPUT -m srh --srh-psid ::1/127 --srh-nsid ::/0 --srh-lsid ::
ip6tables -A INPUT -m srh --srh-psid 1.2.3.4
ip6tables -A INPUT -m srh --srh-psid ::ffff:1.2.3.4
ip6tables -A INPUT -m srh --srh-psid a::/129
ip6tables -A INPUT -m srh --srh-psid a::/ffff::ff
ip6tables -A INPUT -m srh --srh-psid a:: --srh-psid b::
ip6tables -A INPUT -m srh --srh-tag 1 --srh-tag 2
ip6tables -A INPUT -m srh --srh-tag 0x10 --srh-next-hdr 010
ip6tables -A INPUT -m srh --srh-tag -1
ip6tables -A INPUT -m srh --srh-segs-left-eq 1 --srh-segs-left-gt 2 ! --srh-segs-left-lt 3 --srh-last-entry-lt 7
ip6tables -A INPUT -m srh --srh-psid a::,b::
ip6tables -A INPUT -m srh --srh-next-hdr tcp
ip6tables -A INPUT -m srh ! --srh-tag 7 -j DROP
ip6tables -S INPUT
ip6tables -L INPUT -n
ip6tables -C INPUT -m srh ! --srh-tag 7 -j DROP
ip6tables -D INPUT -m srh --srh-psid ::1/127 --srh-nsid ::/0 --srh-lsid ::
ip6tables-legacy -A INPUT -m srh --srh-tag 9 --srh-psid a::1
ip6tables-legacy -S INPUT
ip6tables -m srh -h
