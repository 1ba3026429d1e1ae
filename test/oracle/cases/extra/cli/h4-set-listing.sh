# set with no arguments, as scripts grep it: values bare, single-quoted or $'...' (octal for non-ASCII) as bash decides, arrays and maps in declare form, functions after the variables, BASH_EXECUTION_STRING, OLDPWD, PIPESTATUS; $_ is the last word of the command before; a=([2]=x [5]=y) places elements
A1=''; A2='x y'; A3=$'a\tb'; A4='~user'; A5='a~b'; A6='#x'; A7='a#b'; A8='*'; A9='a=b'; B1="it's"; B2='$HOME'; B3='a,b'; B4='x:~'; B5='{a}'; B6='%'; B7='a@b'; B8='-n'; B9=$'line1\nline2'; C1='é'; C2='a"b'; C3='a\b'; C4='!'; C5='^'; C6='+'; set | grep '^[ABC][0-9]='
declare -i N=5; declare -r R=ro; export E=ex; declare -a EMPTY=(); declare -A AE=(); set | grep '^N=\|^R=\|^E=\|^EMPTY\|^AE'
arr=([2]="a b" [5]='q"x' [7]='$y'); declare -A m=([one]=1 ["two words"]=2); set | grep '^arr=\|^m='
f() { local x=1; echo "$x"; }; g() { :; }; set | grep -A4 '^[fg] ()'
f() { set | grep '^FUNCNAME\|^BASH_LINENO\|^BASH_SOURCE\|^BASH_ARGC\|^x='; local x=2; }; f a b
echo hi; set | grep '^_='
set | grep '^BASH_EXECUTION_STRING'
set | grep -c PIPESTATUS; true | true; set | grep PIPESTATUS
cd /etc; cd /tmp; set | grep 'PWD'
FW_WAN=eth0; FW_LAN="eth1 eth2"; FW_PORTS=(22 80 443); fw_apply() { iptables -A INPUT -i "$FW_WAN" -j DROP; }; set | grep -A3 '^FW_\|^fw_'
iptables -N LOGDROP; echo "last: $_"; iptables -A LOGDROP -j DROP; echo "$_"; echo one two; echo "$_"
a=([3]=c [1]=a); echo "${#a[@]} ${!a[*]} ${a[*]}"; b=(x [4]=y z); echo "${!b[*]} ${b[*]}"; a+=([0]=zero); echo "${!a[*]} ${a[0]}"; i=2; c=([i+1]=v); echo "${!c[*]}"
set | grep -c '^[a-z_]* ()'; set -o posix; set | grep -c '^[a-z_]* ()'
