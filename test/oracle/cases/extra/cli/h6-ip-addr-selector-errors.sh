# ip addr show/flush: a bad or missing "to", "dev", "scope" or "label" value is refused and flushes nothing
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add fd00::1/64 dev v0 nodad
ip addr flush to bogus
ip addr flush to fd00::zz
ip -6 addr flush to bogus
ip -4 addr flush to bogus
ip -4 addr flush to fd00::1
ip -6 addr flush to 10.0.0.1
ip addr flush to 10.0.0.0/33
ip addr flush dev
ip addr flush to
ip addr flush label
ip addr flush scope
ip addr flush scope bogus
ip addr flush dev v0 dev v1
ip -o addr
ip addr show to bogus
ip -6 addr show to bogus
ip addr show dev
ip addr show to
ip addr show scope bogus
ip addr show dev v0 dev v1
ip addr show dev nosuch to bogus
ip addr show dev nosuch
ip -o addr show scope universe
ip -o addr show scope 254
ip -o addr show scope site
ip -o addr show scope all
ip -o addr show scope 300
ip -o addr show scope 0x0
ip -o -6 addr show to default
ip -o addr show to default
ip -o addr show to fd00::/16
ip -o addr show to 10/8
ip -o -4 addr show to 10.0.0.1
ip -o addr show label v0
ip -o addr show label 'v*'
ip -br addr show scope host
ip -br addr show to 10.0.0.0/8
ip -br -6 addr show scope host
ip addr add 10.9.0.1/24 dev v0 scope universe
ip addr add 10.9.0.1/24 dev v0 scope 0x0
ip -o addr show dev v0 to 10.9/16
ip addr flush dev v0 label 'v*' to 10.9.0.0/16
ip addr flush to fd00::/16
ip -o addr
ip -6 addr flush to ::/0 dev v0
ip addr flush scope host
ip -o addr
