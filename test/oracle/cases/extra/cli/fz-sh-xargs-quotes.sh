cat /etc/services | xargs -n 2 echo | cut -c1-8 | awk 'END {print NR}'
cat /etc/protocols | sort | xargs -n 2 echo | tail -3
echo "a 'b c' d" | xargs -n1
echo 'a "b c" d\ e' | xargs -n1
echo "it's" | xargs echo; echo $?
printf 'x\ny z\n' | xargs
printf 'x\ny z\n' | xargs -I{} echo "<{}>"
printf '22\n80\n' | xargs -I{} iptables -A INPUT -p tcp --dport {} -j ACCEPT; iptables -S INPUT
iptables -S INPUT | grep -o 'dport [0-9]*' | cut -d' ' -f2 | xargs echo ports:
echo | xargs echo empty
