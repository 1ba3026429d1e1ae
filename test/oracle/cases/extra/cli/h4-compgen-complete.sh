# compgen as scripts use it (functions by prefix, variables by prefix, -W word lists with -X/-P/-S, builtins, keywords, commands on a merged-/usr PATH, users, files) and complete registering and printing a spec, with their error texts and statuses
fw_apply() { :; }; fw_flush() { :; }; _fw_helper() { :; }; compgen -A function fw_; compgen -A function -X '_*'; echo "rc=$?"
FW_IFACE=eth0 FW_PORTS=22; FW_MODE=strict; compgen -v FW_; compgen -A variable FW_M; compgen -v NOPE_; echo "rc=$?"
compgen -W "start stop restart reload status" -- re; compgen -W "start stop" zz; echo "rc=$?"
chains="INPUT FORWARD OUTPUT"; compgen -W "$chains PREROUTING POSTROUTING" -- P; compgen -W '$chains' O
compgen -W "eth0 eth1 wlan0 lo" -X 'eth*'; compgen -W "eth0 eth1 wlan0 lo" -X '!eth*'; compgen -W "a b" -P /etc/ -S .conf
compgen -b | tr '\n' ' '; echo; compgen -k | tr '\n' ' '; echo; compgen -A builtin ec; compgen -A keyword wh
compgen -c iptables-re; compgen -c echo; compgen -c compg; compgen -c ip6tables-sa
compgen -u ro; compgen -A user root; compgen -d /et; compgen -f /etc/host | sort; compgen -G '/etc/host*' | sort
alias ll='ls -l'; compgen -a; compgen -A alias l
compgen -A export HO; compgen -e LC_
compgen -q; echo "rc=$?"
compgen -A nosuch; echo "rc=$?"
compgen -W; echo "rc=$?"
compgen -o default x; echo "rc=$?"; compgen -o bogus x; echo "rc=$?"
compgen; echo "rc=$?"
complete -F _fwctl -o default fwctl; complete -p fwctl; complete -p
complete -W "up down reload" -o nospace fw; complete -p fw; complete -p nope; echo "rc=$?"
complete -W 'it'"'"'s x' q; complete -p q; complete -r q; complete -p q; echo "rc=$?"; complete -r nope; echo "rc=$?"
complete -P pre -S suf -G '*.conf' -d g; complete -p g; complete -A function -X '_*' fn; complete -p fn
complete -F; echo "rc=$?"
complete -F f; echo "rc=$?"
complete -o nonsense x; echo "rc=$?"; complete -A nonsense x; echo "rc=$?"
type compgen complete
