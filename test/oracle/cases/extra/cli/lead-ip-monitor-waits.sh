ip monitor
timeout 1 ip monitor link; echo rc=$?
ip monitor help
ip -t monitor route & sleep 0.2; echo started
