# the last stage of a pipeline is a subshell in bash -c (counting in `| while read` is lost) unless shopt -s lastpipe; exit in a stage ends only that stage
iptables -N WEB; iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p tcp -m multiport --dports 80,443 -j WEB; iptables -A WEB -s 10.0.0.0/8 -j DROP; iptables -A WEB -j ACCEPT
n=0; iptables -S | while read -r line; do ((n++)); done; echo "lines=$n"
n=0; while read -r line; do ((n++)); done < <(iptables -S); echo "lines=$n"
shopt -s lastpipe; n=0; iptables -S | while read -r line; do ((n++)); done; echo "lines=$n"
set +m; shopt -s lastpipe; n=0; iptables -S | while read -r line; do n=$((n+1)); done; echo "lines=$n"
iptables -S INPUT | tail -1 | read -r a b c; echo "a=[$a] b=[$b]"
shopt -s lastpipe; iptables -S INPUT | tail -1 | read -r a b c; echo "a=[$a] b=[$b]"
chains=(); iptables -S | awk '$1=="-N"{print $2}' | while read -r c; do chains+=("$c"); done; echo "${#chains[@]}"
echo x | exit 3; echo "still here rc=$?"
shopt -s lastpipe; echo x | exit 4; echo notreached
total=0; iptables -S WEB | grep -c '^-A' | { read -r n; total=$n; echo "inside=$total"; }; echo "outside=$total"
