ip link set lo up
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "0>>28=6"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "0>>28=4"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "4>>16=40"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "4>>8&0xFF=6"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "4&0xFF=64"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "20=1 && 36=1"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "40&0xFFFF=81"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "52>>24=0xA0"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "52>>16&0xFF=2"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "60>>16=0x0204"
ip6tables -A OUTPUT -p tcp --dport 81 -m u32 --u32 "9&0xFF=0"
ip6tables -A INPUT -p tcp --sport 81 -m u32 --u32 "40>>16=81 && 52>>16&0xFF=0x14"
curl -s http://[::1]:81/; echo rc=$?
ip6tables -L -v -n -x | grep -v '^Chain'
