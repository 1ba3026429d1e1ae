# ${x@Q} ${x@U} ${x@L} ${x@u} ${x@E} on scalars, arrays and $@; groups for root and the base accounts
x="a b"; echo "${x@Q}" "${x@U}" "${x@L}" "${x@u}"; arr=(1 "2 3"); echo "${arr[@]@Q}"; y="it's"; echo "${y@Q}"; e='a\tb'; echo "${e@E}"
rule="-A INPUT -j ACCEPT"; printf 'iptables %s\n' "${rule@Q}"; unset u; echo "[${u@Q}]"; set -- "x y" z; echo "${@@Q}" "${1@U}"
chains=(input forward); echo "${chains[@]@U}" "${chains[0]@u}"
groups; groups root; groups nobody daemon; echo rc=$?; groups root nope; echo rc=$?
