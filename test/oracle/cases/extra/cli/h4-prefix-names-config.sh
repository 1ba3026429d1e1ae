# config-by-prefix: ${!FW_*} / "${!FW_@}" list variables by name, ${!v} reads them, ${x@A} / ${x@a} describe them
cat > /tmp/fw.conf <<'CEOF'
FW_SSH=22
FW_HTTP=80
FW_HTTPS=443
OTHER=1
CEOF
source /tmp/fw.conf; echo "${!FW_*}"; for v in "${!FW_@}"; do iptables -A INPUT -p tcp --dport "${!v}" -m comment --comment "${v#FW_}" -j ACCEPT; done; iptables -S INPUT
source /tmp/fw.conf; IFS=,; echo "${!FW_*}"; unset IFS; echo "${!NOPE_*}[]"; x='a b'; echo "${x@A}"; declare -i n=3; readonly r=1; export e=2; a=(1); declare -A m=([k]=v); echo "[${x@a}] [${n@a}] [${r@a}] [${e@a}] [${a@a}] [${m@a}]"
