# A new bash gets the environment only: unexported variables, arrays, functions (unless export -f), set -o and shopt options (unless SHELLOPTS/BASHOPTS are exported), readonly and integer attributes stay behind
f() { echo in-f; }; bash -c 'f'; echo rc=$?
f() { echo in-f; }; export -f f; bash -c 'f'; echo rc=$?
set -e; bash -c 'false; echo continued'
set -o pipefail; bash -c 'false | true; echo rc=$?'
export SHELLOPTS; set -o pipefail; bash -c 'false | true; echo rc=$?'
a=(1 2); export a; bash -c 'echo "a=${a[*]}"'
alias ll='ls -l'; bash -c 'type ll'; echo rc=$?
declare -i n=5; export n; bash -c 'n=2+3; echo $n'
readonly RO=x; export RO; bash -c 'RO=y; echo $RO'
cd /tmp; bash -c 'pwd'
umask 077; bash -c umask
shopt -s extglob; bash -c 'shopt extglob'
X=1 bash -c 'echo X=$X'; echo "after X=${X-unset}"
