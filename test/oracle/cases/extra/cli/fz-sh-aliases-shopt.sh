# aliases in scripts: only after shopt -s expand_aliases and from the next line on (bash -c, script files), type sees them only then; shopt -q, nullglob
alias ipt='iptables -S'; ipt; echo rc=$?
shopt -s expand_aliases; alias ipt='iptables -S'; ipt INPUT; echo rc=$?
bash -c 'shopt -s expand_aliases
alias ipt="iptables -S"
ipt INPUT'
printf 'shopt -s expand_aliases\nalias l="echo listed"\nl one\nunalias l\nl two\n' > /tmp/al.sh; bash /tmp/al.sh; echo rc=$?
printf 'alias l="echo listed"\nl one\n' > /tmp/al2.sh; bash /tmp/al2.sh; echo rc=$?
shopt expand_aliases; shopt -q nullglob; echo rc=$?; shopt -s nullglob; echo /tmp/nomatch*; shopt -u nullglob; echo /tmp/nomatch*
alias; alias a1='echo 1' a2='echo 2'; alias | wc -l; unalias a1 a9; echo rc=$?; alias a2; type a2 | head -1
