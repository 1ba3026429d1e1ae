iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -Ln
iptables -LINPUT
iptables -nL
iptables -nvL
iptables -vnxL
iptables -L -nv --line-numbers
iptables -SINPUT
iptables -Sn
iptables -L INPUT -t nat
iptables -L -t nat INPUT
iptables -t nat -nL
iptables -tnat -nvL
iptables -FINPUT
iptables -AINPUT -jACCEPT
iptables -AINPUT -ptcp --dport=80 -jDROP
iptables -I INPUT 1 -s10.0.0.1 -jDROP
iptables -S
iptables -D INPUT -s10.0.0.1 -jDROP
iptables -S
iptables -N-x
iptables -XINPUT
iptables -P INPUT -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 1 --sport 2 -j ACCEPT -v
iptables -v -A INPUT -p udp -j ACCEPT
iptables -A INPUT -v -v -p udp -j DROP
iptables -A -v INPUT -j ACCEPT
iptables INPUT -A -j ACCEPT
iptables -A INPUT -j ACCEPT --
iptables -- -A INPUT -j ACCEPT
iptables -A INPUT -- -j ACCEPT
iptables -S INPUT --
iptables -L -- INPUT
iptables -L -n -- INPUT
iptables -L - 
iptables -L --
iptables -A INPUT '' -j ACCEPT
iptables -A INPUT -j ACCEPT ''
iptables -S
ip6tables -nL
ip6tables -nvL INPUT
ip6tables -vL -n
ip6tables -SINPUT
