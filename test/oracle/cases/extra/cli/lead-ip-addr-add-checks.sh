ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0 label foo
ip addr add 10.0.0.1/24 dev veth0 label veth0:averyveryverylongname
ip addr add 10.0.0.1/33 dev veth0
ip addr add 10.0.0.1/24 dev veth0 scope bogus
ip addr add 10.0.0.1/24 dev veth0 broadcast bogus
ip addr add 10.0.0.1/24
ip addr add dev veth0
ip addr add 10.0.0.1/24 dev nosuch
ip addr add 2001:db8::1/64 dev veth0 home mngtmpaddr
ip -6 addr show dev veth0 | grep 2001
ip addr add 10.0.0.1/24 dev veth0 valid_lft 100 preferred_lft 200
ip addr add 10.0.0.2/24 dev veth0 preferred_lft forever
ip -4 addr show dev veth0
ip addr add 0.0.0.0/0 dev veth0
ip addr add 255.255.255.255/32 dev veth0
ip addr add 224.0.0.5/24 dev veth0
ip addr add 10.0.0.3/24 dev veth0 autojoin
ip addr del 10.0.0.3/24 dev veth0
ip addr del 10.0.0.4 dev veth0
ip addr del dev veth0
ip -4 addr show dev veth0
ip addr add 10.0.0.9/24 dev veth0 valid_lft abc
ip addr add 10.0.0.9/24 dev veth0 preferred_lft
ip -j -6 addr show dev veth0 | grep -o "\"local\":\"2001[^}]*"
