# dockerd's start-up clean-up on a fresh box (errors ignored by docker, but printed), then its probes
iptables --wait -t nat -D PREROUTING -m addrtype --dst-type LOCAL -j DOCKER; echo rc=$?
iptables --wait -t nat -D OUTPUT -m addrtype --dst-type LOCAL ! --dst 127.0.0.0/8 -j DOCKER; echo rc=$?
iptables --wait -t nat -D OUTPUT -m addrtype --dst-type LOCAL -j DOCKER; echo rc=$?
iptables --wait -t nat -D PREROUTING; echo rc=$?
iptables --wait -t nat -D OUTPUT; echo rc=$?
iptables --wait -t nat -F DOCKER; echo rc=$?
iptables --wait -t nat -X DOCKER; echo rc=$?
iptables --wait -t filter -F DOCKER; echo rc=$?
iptables --wait -t filter -X DOCKER; echo rc=$?
iptables --wait -t filter -F DOCKER-ISOLATION-STAGE-1; echo rc=$?
iptables --wait -t filter -X DOCKER-ISOLATION; echo rc=$?
iptables --wait -t filter -n -L DOCKER-USER; echo rc=$?
iptables --wait -t filter -n -L DOCKER-USER >/dev/null 2>&1 || iptables --wait -N DOCKER-USER
iptables --wait -t filter -C FORWARD -j DOCKER-USER; echo rc=$?
iptables --wait -t filter -C DOCKER-USER -j RETURN 2>/dev/null || iptables --wait -A DOCKER-USER -j RETURN
iptables --wait -t filter -C DOCKER-USER -j RETURN 2>/dev/null || iptables --wait -A DOCKER-USER -j RETURN
iptables --wait -t nat -n -L DOCKER; echo rc=$?
iptables --wait -t nat -N DOCKER
iptables --wait -t nat -N DOCKER; echo rc=$?
iptables --wait -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER; echo rc=$?
iptables --wait -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables --wait -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER; echo rc=$?
iptables --wait -t nat -C DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo rc=$?
iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables --wait -t nat -C DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo rc=$?
iptables --wait -t nat -C DOCKER -p tcp -d 0.0.0.0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo rc=$?
iptables --wait -t nat -C DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo rc=$?
iptables --wait -t nat -C DOCKER -p tcp -d 127.0.0.1 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo rc=$?
iptables --wait -t nat -D DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo rc=$?
iptables --wait -t nat -X DOCKER; echo rc=$?
iptables --wait -t filter -X DOCKER-USER; echo rc=$?
iptables --wait -F DOCKER-USER
iptables --wait -X DOCKER-USER; echo rc=$?
iptables-save | grep -v '^#'
nft list ruleset
