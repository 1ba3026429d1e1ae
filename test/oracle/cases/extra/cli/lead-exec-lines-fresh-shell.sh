X=1
echo "[$X]"
cd /etc
pwd
alias ll="ls -l"
ll /nonexist
f() { echo hi; }
f
export Y=2
echo "[$Y]"
set -e
false; echo after
exit 3
echo $?
umask 077; umask
umask
shopt -s extglob; shopt extglob
shopt extglob
trap "echo bye" EXIT
echo $$ > /dev/null; echo $PPID > /dev/null; echo ok
history | head -2
echo $SHLVL $0
