# ss -4/-6 (--ipv4, --ipv6, -f inet6, --family=): the emulator's sockets are IPv4; -H leaves out the header and what only it padded
serve tcp 8080
serve udp 5353
serve tcp 22
ss -lunH
ss -6 -lnH
ss -6 -ln
ss --ipv6 -tln
ss -f inet6 -tln
ss --family=inet6 -tln
ss -46 -tln
ss -lunH
ss -lun -4
ss -H -6 -ltn
