# Background jobs as engineers use them: jobs lists what still runs (and forgets what ended), kill %N ends a job (wait then gives 143/137/129), fg/bg refuse without job control, output a job prints after the shell exits is lost, wait -n takes the first to finish, $(jobs -p) sees the shell's jobs but ( jobs ) does not
sleep 1 & jobs
sleep 2 & sleep 1 & jobs; wait; echo "done rc=$?"
sleep 0.1 & sleep 0.4; jobs; echo "rc=$?"
sleep 1 & sleep 0.1 & sleep 0.3; jobs; sleep 1 & jobs
(exit 3) & sleep 0.2; jobs; wait %1; echo "rc=$?"
(exit 3) & p=$!; sleep 0.2; wait $p; echo "rc=$?"
sleep 2 & kill %1; echo "kill=$?"; jobs; wait %1; echo "rc=$?"
sleep 2 & kill -s KILL %1; wait %1 2>/dev/null; echo "rc=$?"
sleep 2 & kill -0 %1; echo "alive=$?"; kill %1; sleep 0.1; jobs; kill %1; echo "rc=$?"
sleep 0.1 & sleep 0.3; kill %1; echo "rc=$?"
fg; echo "rc=$?"
sleep 1 & bg %1; echo "rc=$?"
sleep 1 & fg %1
(sleep 0.2; echo late) & echo early
(sleep 0.2; echo late) & echo early; jobs
(sleep 7; echo never) & echo started
(sleep 0.2; echo a) & (sleep 0.1; echo b) & sleep 0.3; echo c; wait
(sleep 0.2; echo a) & sleep 0.1; echo b; wait
sleep 1 & sleep 2 & wait -n; echo "first=$?"; jobs
(sleep 0.1; exit 7) & sleep 1 & wait -n; echo "first=$?"; wait; echo "all=$?"
wait -n; echo "rc=$?"
sleep 0.5 & echo "$(jobs)"; jobs | cat; (jobs); echo "n=$(jobs -p | wc -l)"
sleep 1 & sleep 1 & jobs %%; jobs %-; jobs %sleep; jobs %3; echo "rc=$?"
echo a | sleep 1 & sleep 1 && echo ok & { sleep 1; echo x; } & jobs
if true; then sleep 1; fi & for i in 1 2; do sleep 1; done & jobs
sleep 1 & jobs -r; jobs -s; jobs -q; echo "rc=$?"
sleep 2 & disown; jobs; echo "rc=$?"
iptables -N WORK; for i in 1 2 3; do (sleep 0.$i; iptables -A WORK -s 10.0.0.$i -j ACCEPT; echo "added $i") & done; wait; iptables -S WORK
for ns in red blue; do ip netns add $ns; done; for ns in red blue; do (ip netns exec $ns ip link set lo up; echo "$ns up") & sleep 0.1; done; wait; ip netns list
pids=(); for i in 1 2 3; do (sleep 0.$i; exit $i) & pids+=($!); done; for p in "${pids[@]}"; do wait $p; echo "status $?"; done
sleep 3 & trap 'kill $(jobs -p) 2>/dev/null; echo cleaned' EXIT; echo working
