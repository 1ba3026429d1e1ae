# declare -l/-u normalise user input in firewall scripts; declare -p shows i r x l u attributes in bash's order
cat > /tmp/d.sh <<'DEOF'
#!/bin/bash
declare -l proto=${1:-TCP}
declare -u action=${2:-accept}
declare -i port=${3:-20}+2
readonly CHAIN=INPUT
export LOGPFX="fw: "
echo "$proto $action $port"
iptables -A "$CHAIN" -p "$proto" --dport "$port" -j "$action"
declare -p proto action port CHAIN LOGPFX
proto+=UDP; action+=_x; echo "$proto $action"
declare +l proto; proto=SCTP; echo "$proto"; declare -ul both=MiXeD; echo "$both"
f() { local -u inner=$1; echo "$inner"; }; f loud
DEOF
bash /tmp/d.sh; bash /tmp/d.sh UDP drop 5000; iptables -S INPUT
declare -i n=1; readonly r=2; export e=3; declare -ix ix=4; declare -r -x rx=5; declare -lx lx=ABC; declare -p n r e ix rx lx
