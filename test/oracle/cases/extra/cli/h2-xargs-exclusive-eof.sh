# xargs: -n/-L/-I override each other with GNU's warnings, -E/-e end the input, --version
iptables -N A1; iptables -N A2; iptables -N A3
iptables -S | awk '/^-N/{print $2}' | xargs -L1 -I CH echo chain CH
iptables -S | awk '/^-N/{print $2}' | xargs -I CH -L1 echo chain CH
iptables -S | awk '/^-N/{print $2}' | xargs -I{} -n1 iptables -A INPUT -j {}; iptables -S INPUT
iptables -S | awk '/^-N/{print $2}' | xargs -I{} -n2 echo x{}
iptables -S | awk '/^-N/{print $2}' | xargs -n2 -I{} echo x{}
iptables -S | awk '/^-N/{print $2}' | xargs -n2 -L1 echo
iptables -S | awk '/^-N/{print $2}' | xargs -L1 -n2 echo
iptables -S | awk '/^-N/{print $2}' | xargs -l -n1 echo
iptables -S | awk '/^-N/{print $2}' | xargs -i -n1 echo x{}
iptables -S | awk '/^-N/{print $2}' | xargs --max-lines -n2 echo
iptables -S | awk '/^-N/{print $2}' | xargs --replace -n3 echo {}
iptables -S | awk '/^-N/{print $2}' | xargs -E A2 echo
iptables -S | awk '/^-N/{print $2}' | xargs -eA3 echo
iptables -S | awk '/^-N/{print $2}' | xargs -e echo
iptables -S | awk '/^-N/{print $2}' | xargs --eof=A2 -n1 echo
iptables -S | awk '/^-N/{print $2}' | paste -sd' ' | xargs -E A2 echo
printf 'a b\nSTOP c\nd\n' | xargs -E STOP -L1 echo
printf 'a b\nSTOP c\nd\n' | xargs -E STOP -I{} echo '[{}]'
printf 'a\nSTOP\nd\n' | xargs -0 -E STOP echo
printf 'a\nSTOP\nd\n' | xargs -d '\n' -E STOP echo
xargs --version
