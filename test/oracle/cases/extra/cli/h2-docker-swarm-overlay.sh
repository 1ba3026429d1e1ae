# docker swarm ingress and encrypted overlay: ipvs match, u32 VNI match, policy ipsec, mangle marks
iptables -t nat -N DOCKER-INGRESS
iptables -t nat -I PREROUTING -m addrtype --dst-type LOCAL -j DOCKER-INGRESS
iptables -t nat -I OUTPUT -m addrtype --dst-type LOCAL -j DOCKER-INGRESS
iptables -t nat -I POSTROUTING -o docker_gwbridge -m addrtype --src-type LOCAL -j MASQUERADE
iptables -t nat -A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080
iptables -t nat -A DOCKER-INGRESS -j RETURN
iptables -N DOCKER-INGRESS
iptables -I FORWARD -j DOCKER-INGRESS
iptables -A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j ACCEPT
iptables -A DOCKER-INGRESS -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -m tcp --sport 8080 -j ACCEPT
iptables -A DOCKER-INGRESS -j RETURN
iptables -t mangle -A PREROUTING -p tcp -m tcp --dport 8080 -j MARK --set-mark 256
iptables -t mangle -A OUTPUT -d 10.0.0.2/32 -j MARK --set-mark 257
iptables -t nat -A POSTROUTING -d 10.0.0.0/24 -m ipvs --ipvs -j SNAT --to-source 10.0.0.3
iptables -t nat -A POSTROUTING -m ipvs --vaddr 10.0.0.2/32 --vport 80 --vproto tcp --vdir ORIGINAL --vmethod MASQ -j MASQUERADE
iptables -I INPUT -p udp --dport 4789 -m u32 --u32 "0>>22&0x3C@12&0xFFFFFF00=0x100100" -m policy --dir in --pol none -j DROP
iptables -I OUTPUT -p udp --dport 4789 -m u32 --u32 "0>>22&0x3C@12&0xFFFFFF00=0x100100" -j MARK --set-xmark 0xd0c4e3/0xffffffff
iptables -A INPUT -p esp -m policy --dir in --pol ipsec --proto esp --mode transport -j ACCEPT
iptables -A INPUT -m u32 --u32 "6&0xFF=1 && 4&0x3FFF=0 && 0>>22&0x3C@0>>24=8" -j ACCEPT
iptables -S
iptables -t nat -S
iptables -t mangle -S
iptables -L -n -v
iptables -t nat -L -n
iptables -t nat -L POSTROUTING
iptables-save | grep -v '^#'
iptables -C INPUT -p udp --dport 4789 -m u32 --u32 "0>>22&0x3C@12&0xFFFFFF00=0x100100" -m policy --dir in --pol none -j DROP; echo rc=$?
iptables -C INPUT -p udp --dport 4789 -m u32 --u32 "0>>22&0x3c@12&0xffffff00=0x100100" -m policy --dir in --pol none -j DROP; echo rc=$?
nft list chain ip filter INPUT
nft list chain ip filter OUTPUT
nft list chain ip nat POSTROUTING
nft list table ip mangle
