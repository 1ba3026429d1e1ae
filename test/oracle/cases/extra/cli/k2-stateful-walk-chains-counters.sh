# a long generated session (seed 13011): rule, chain and counter edits in all four tables of iptables and ip6tables, listings and -S by rule number, -Z CHAIN N, restore --noflush and -c, each step checked
iptables -A LOG_DROP -p tcp --dport 22 -i lo -g C1; echo rc=$?
iptables -t nat -N B; echo rc=$?
iptables -t mangle -L PREROUTING -n -Z -v; echo rc=$?
iptables -Z  3; echo rc=$?
iptables -t mangle -D OUTPUT 1; echo rc=$?
iptables -A FORWARD -s 10.1.0.1; echo rc=$?
iptables -I INPUT  -p udp --dport 22 -j web-in; echo rc=$?
iptables -F FORWARD; echo rc=$?
iptables -t raw -C web-in -m comment --comment c1 -j RETURN; echo rc=$?
iptables -R A 2 ; echo rc=$?
iptables -E C1 A; echo rc=$?
iptables -A FORWARD -s 10.1.0.0/32 -j RETURN; echo rc=$?
iptables-save > /tmp/s; iptables-restore --noflush -c < /tmp/s; echo rc=$?; iptables-save -c | grep -v '^#'
iptables -t filter -A A -s 10.1.0.1/32 -c 5 21759 -j C1; echo rc=$?
iptables -t raw -F web-in; echo rc=$?
iptables -S -v; iptables -t nat -S
iptables -L B  -n -v --line-numbers; echo rc=$?
iptables -E A X2; echo rc=$?
iptables -t mangle -A A -p icmp -c 5 97698 -j DROP; echo rc=$?
iptables -t filter -L FORWARD  -n -v --line-numbers; echo rc=$?
iptables-save -c > /tmp/s; iptables-restore -c < /tmp/s; echo rc=$?; iptables -L -v -n -x
iptables -A FORWARD -p tcp; echo rc=$?
iptables -t mangle -C B -d 192.168.2.1; echo rc=$?
iptables -P FORWARD DROP; echo rc=$?
ip6tables -L B 4 -n -v --line-numbers; echo rc=$?
iptables -P OUTPUT DROP; echo rc=$?
iptables -t filter -L B -n -Z -v; echo rc=$?
iptables -t filter -P FORWARD DROP; echo rc=$?
iptables -t filter -X B; echo rc=$?
ip6tables-save -c | grep -v '^#'
iptables -R FORWARD 1 -s 10.2.0.0 -d 192.168.2.1 -j A; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -E C1 NEW; echo rc=$?
ip6tables -A FORWARD -s 10.2.0.3/32 -m comment --comment c0 -j RETURN; echo rc=$?
iptables-save > /tmp/s; iptables-restore --noflush -c < /tmp/s; echo rc=$?; iptables-save -c | grep -v '^#'
iptables -t filter -L -n -v -x; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -t raw -I B 2 -p udp --dport 443 -c 1000 3046 -j C1; echo rc=$?
iptables -S -v; iptables -t nat -S
iptables -Z LOG_DROP 4; echo rc=$?
iptables -t raw -N B; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -t mangle -S -v; echo rc=$?
iptables -P OUTPUT DROP; echo rc=$?
ip6tables -t filter -P INPUT DROP; echo rc=$?
iptables -A INPUT -p icmp -m comment --comment c3 -j RETURN; echo rc=$?
iptables -Z INPUT ; echo rc=$?
ip6tables -A B -p tcp --dport 1000:2000 -m comment --comment c1 -i eth0 -j DROP; echo rc=$?
iptables-save > /tmp/s; iptables-restore --noflush -c < /tmp/s; echo rc=$?; iptables-save -c | grep -v '^#'
iptables -t mangle -A POSTROUTING -s 10.0.0.2/0 -j RETURN; echo rc=$?
ip6tables-save -c | grep -v '^#'
ip6tables -A INPUT -s 10.0.0.0 -p icmp -i lo -j DROP; echo rc=$?
iptables -N C1; echo rc=$?
iptables -t filter -L -n -v -x; echo rc=$?
iptables -P OUTPUT DROP; echo rc=$?
iptables -t raw -I LOG_DROP 1 -d 192.168.2.1 -m comment --comment c1 -j RETURN; echo rc=$?
iptables-save > /tmp/s; iptables-restore --noflush -c < /tmp/s; echo rc=$?; iptables-save -c | grep -v '^#'
iptables -t raw -A PREROUTING -i lo -j RETURN; echo rc=$?
iptables -X ; echo rc=$?
iptables -S -v; iptables -t nat -S
iptables -t filter -N C1; echo rc=$?
iptables -t nat -A OUTPUT -c 1000 16429 -j A; echo rc=$?
iptables -t filter -A C1 -d 192.168.2.1 -j RETURN; echo rc=$?
iptables -t nat -D POSTROUTING -d 192.168.0.1 -c 0 55340 -j ACCEPT; echo rc=$?
iptables-save -c | grep -v '^#'
iptables -t nat -A INPUT -s 10.1.0.2 -d 192.168.1.1; echo rc=$?
iptables -t filter -L -n -v -x; echo rc=$?
iptables -Z B 1; echo rc=$?
iptables-save -c | grep -v '^#'
ip6tables -A FORWARD -d 192.168.0.1 -p udp -c 1 64928 -j C1; echo rc=$?
ip6tables -S FORWARD ; echo rc=$?
iptables -t raw -S PREROUTING 1 -v; echo rc=$?
iptables -I FORWARD 4 -p udp --dport 80 -m comment --comment c2 -i eth+ -j RETURN; echo rc=$?
iptables -t raw -F web-in; echo rc=$?
iptables -I FORWARD 1 -s 10.0.0.1/32 -j RETURN; echo rc=$?
iptables-save -c | grep -v '^#'; ip6tables-save -c | grep -v '^#'
