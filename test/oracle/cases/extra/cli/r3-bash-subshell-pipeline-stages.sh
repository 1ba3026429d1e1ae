echo $BASH_SUBSHELL | cat
f() { echo $BASH_SUBSHELL; }; f | cat
f() { echo $BASH_SUBSHELL; }; cat /dev/null | f
{ echo $BASH_SUBSHELL; } | cat
echo x | { read a; echo $BASH_SUBSHELL; }
(echo $BASH_SUBSHELL) | cat
for i in 1; do echo $BASH_SUBSHELL; done | cat
echo $BASH_SUBSHELL | cat; f() { echo $BASH_SUBSHELL $(echo $BASH_SUBSHELL); }; f | cat
g() { f | cat; }; g
echo $BASHPID >/dev/null | cat; echo rc=$?
