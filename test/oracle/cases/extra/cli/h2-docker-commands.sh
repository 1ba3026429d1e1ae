# what dockerd runs (iptables --wait ...) for docker0, a user bridge and one published port
iptables --wait -t nat -N DOCKER
iptables --wait -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables --wait -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables --wait -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables --wait -t nat -I DOCKER -i docker0 -j RETURN
iptables --wait -N DOCKER
iptables --wait -N DOCKER-ISOLATION-STAGE-1
iptables --wait -N DOCKER-ISOLATION-STAGE-2
iptables --wait -N DOCKER-USER
iptables --wait -A DOCKER-USER -j RETURN
iptables --wait -I FORWARD -o docker0 -j DOCKER
iptables --wait -I FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables --wait -I FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables --wait -I FORWARD -i docker0 -o docker0 -j ACCEPT
iptables --wait -I DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables --wait -I DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables --wait -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables --wait -A DOCKER-ISOLATION-STAGE-2 -j RETURN
iptables --wait -I FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables --wait -I FORWARD -j DOCKER-USER
iptables --wait -t nat -C POSTROUTING -s 172.17.0.2 -d 172.17.0.2 -p tcp --dport 80 -j MASQUERADE; echo rc=$?
iptables --wait -t nat -A POSTROUTING -s 172.17.0.2 -d 172.17.0.2 -p tcp --dport 80 -j MASQUERADE
iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables --wait -t filter -A DOCKER -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
iptables --wait -t filter -R DOCKER 1 ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
iptables --wait -t raw -A PREROUTING -p tcp -d 172.17.0.2 --dport 80 ! -i docker0 -j DROP
iptables --wait -I DOCKER-USER -i eth0 ! -s 192.168.1.0/24 -j DROP
iptables --wait -I DOCKER-USER -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
iptables -L -n -v
iptables -t nat -L -n -v --line-numbers
iptables -t nat -L DOCKER -n
iptables -t nat -S
iptables -S DOCKER-USER
iptables -t raw -S
iptables -L FORWARD --line-numbers
iptables-save -c | grep -v '^#'
iptables -t nat -D POSTROUTING 2
iptables -t nat -D DOCKER 2
iptables -t nat -L -n
nft list table ip nat
nft list chain ip filter DOCKER-USER
nft list chain ip filter FORWARD
