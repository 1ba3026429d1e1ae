# set -x lines bash writes for compound commands: each for round, case WORD in, each [[ test it evaluates, (( EXPR )), array assignments, and prefix assignments one per line (no pipelines: their stages trace in a racy order)
set -x; iptables -N WEB; iptables -A WEB -s 10.0.0.1 -j DROP; x=$(iptables -S WEB); echo "$x"
set -x; for c in INPUT WEB; do iptables -S "$c" > /dev/null; done
set -x; if [[ -n "$HOME" && $HOME == /root ]]; then echo home; fi; (( 1 + 2 )); [ -d /tmp ] && echo dir
set -x; case WEB in W*) echo w;; esac; a=(1 2); f() { local y=1; echo $y; }; f arg
set -x; echo 'quoted arg' "dq $HOME" a\ b ''; cat <<< "here"; x=1 y=2 true; z=3
set -x; while false; do :; done; until true; do :; done; i=0; while (( i < 2 )); do ((i++)); done
bash -x -c 'iptables -S INPUT; echo done'
bash -c 'set -x; echo $((2*3)); printf "%s\n" a b' 2>&1
set -v; echo verbose 2>&1; set +v
set -x; echo "multi
line"; x='a b'; echo $x
