# ip rule tos/dsfield: only the TOS bits (0x1e) may be set, else the kernel says "Invalid tos";
# rt_dsfield names and hex numbers parse alike.
ip rule add tos 0x10 lookup 100
ip rule add dsfield 0x20 lookup 101
ip rule add tos 0x01 lookup 101
ip rule add tos 0x1e lookup 102
ip rule add tos 0x1f lookup 102
ip rule add tos AF11 lookup 103
ip rule add dsfield CS1 lookup 103
ip rule add tos default lookup 104
ip rule add tos 0x002 lookup 105
ip rule add tos 0x100 lookup 105
ip rule add tos 0xe0 lookup 105
ip rule add tos lowdelay lookup 105
ip rule
ip rule del tos 0x20 lookup 101
ip rule del tos 0x10
ip rule
