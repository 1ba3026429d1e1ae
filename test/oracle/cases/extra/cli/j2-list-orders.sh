# the same nat listing asked for with options in every order
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -j MASQUERADE
iptables -L -t nat; echo rc=$?
iptables -Lt nat; echo rc=$?
iptables -Ltnat; echo rc=$?
iptables -nL -t nat; echo rc=$?
iptables -tnat -nL; echo rc=$?
iptables -L -n -t nat -v --line-numbers; echo rc=$?
iptables --line-numbers -v -t nat -n -L; echo rc=$?
iptables -vnL --line-numbers -t nat; echo rc=$?
iptables -nvL POSTROUTING -t nat; echo rc=$?
iptables -L POSTROUTING -nt nat; echo rc=$?
iptables -nLt nat; echo rc=$?
iptables -Lnt nat; echo rc=$?
iptables -Ln; echo rc=$?
iptables -L nat; echo rc=$?
iptables -L -nat; echo rc=$?
iptables -L --line; echo rc=$?
iptables -L -x -v -n -t nat POSTROUTING; echo rc=$?
