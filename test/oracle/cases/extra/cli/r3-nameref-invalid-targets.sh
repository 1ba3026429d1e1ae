declare -n bad=1x; echo rc=$?
declare -n self=self; echo rc=$?
declare -n e=; echo rc=$?; declare -p e
declare -n sp='a b'; echo rc=$?
declare -n r=target; declare -n r=r; echo rc=$?; declare -p r
typeset -n t=9; echo rc=$?
declare -n q; q=zz; declare -p q; echo rc=$?
