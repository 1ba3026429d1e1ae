# disown: a job still in the table leaves it (long-job & disown), -a empties it, -x is refused with the usage, no job is 'current: no such job'
disown; echo rc=$?
disown %1; echo rc=$?
disown 99999; echo rc=$?
disown -a; echo rc=$?
sleep 1 & disown %1; echo rc=$?; jobs
sleep 1 & disown $!; echo rc=$?; jobs
sleep 1 & disown -x; echo rc=$?
type disown
