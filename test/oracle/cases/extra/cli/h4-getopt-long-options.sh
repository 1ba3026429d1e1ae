# util-linux getopt for long options in a firewall script: eval set -- "$(getopt …)", errors, -n, -q, -a, optional args, -T
cat > /tmp/fwopen <<'GEOF'
#!/bin/bash
PARSED=$(getopt -o p:s:vn --long port:,source:,proto::,verbose,dry-run -n fwopen -- "$@") || { echo "usage: fwopen [-p PORT] [-s NET] [--proto[=P]] [-v] [-n]" >&2; exit 2; }
eval set -- "$PARSED"
port=22 src=0.0.0.0/0 proto=tcp verbose=0 dry=0
while true; do
  case "$1" in
    -p|--port) port=$2; shift 2 ;;
    -s|--source) src=$2; shift 2 ;;
    --proto) proto=${2:-udp}; shift 2 ;;
    -v|--verbose) verbose=$((verbose+1)); shift ;;
    -n|--dry-run) dry=1; shift ;;
    --) shift; break ;;
  esac
done
cmd=(iptables -A INPUT -p "$proto" -s "$src" --dport "$port" -j ACCEPT)
(( verbose )) && echo "+ ${cmd[*]} (extra: $*)"
(( dry )) || "${cmd[@]}"
GEOF
chmod +x /tmp/fwopen; /tmp/fwopen -v; /tmp/fwopen --port=443 --source 10.0.0.0/8 -vv extra words; /tmp/fwopen --proto -p 53 -n -v; /tmp/fwopen --proto=sctp --dry -v --verb; iptables -S INPUT
/tmp/fwopen --bogus; echo "rc=$?"; /tmp/fwopen -p; echo "rc=$?"; /tmp/fwopen --port; echo "rc=$?"; /tmp/fwopen --verbose=2; echo "rc=$?"; /tmp/fwopen -x 2>/dev/null; echo "rc=$?"
getopt -o ab:c:: -- -a -b 1 -c -cval -bfoo word "it's" -- -z; getopt -o a -l alpha,all -- --al; echo "rc=$?"; getopt -q -o a -- -b x; echo "rc=$?"
getopt ab: -a -b x y; getopt -a -o v -l verbose,port: -- -verbose -port 80 z; getopt -o +a -- -a x -a; getopt -u -o a: -- -a 'two words' z; getopt -T; echo "rc=$?"; getopt; echo "rc=$?"
