# SHLVL is exported and counts nested bash shells, except that bash -c (and a ( ) or $( ) subshell) runs its last simple command in place of itself, one level down; BASH_SUBSHELL counts ( ), $( ) and grouped pipeline stages; BASHPID differs from $$ only in subshells
echo $SHLVL; bash -c 'echo $SHLVL'; bash -c 'bash -c "echo \$SHLVL"'
bash -c 'echo $SHLVL'
bash -c 'echo $SHLVL'; echo after
bash -c 'bash -c "echo \$SHLVL"; echo inner-after'
bash -c 'echo $SHLVL' | cat
f() { bash -c 'echo $SHLVL'; }; f
trap 'echo bye' EXIT; bash -c 'echo $SHLVL'
true && bash -c 'echo $SHLVL'
for i in 1; do bash -c 'echo $SHLVL'; done
(bash -c 'echo $SHLVL'); (bash -c 'echo $SHLVL'; echo sub-after)
x=$(bash -c 'echo $SHLVL'); y=$(bash -c 'echo $SHLVL'; true); echo "$x $y"
export SHLVL=7; bash -c 'echo $SHLVL'; echo $SHLVL
env | grep SHLVL; bash -c 'env | grep SHLVL'; printenv SHLVL
declare -p SHLVL; export -p | grep SHLVL; sh -c 'echo $SHLVL'; sh -c 'bash -c "echo \$SHLVL"'
echo $BASH_SUBSHELL; (echo $BASH_SUBSHELL; (echo $BASH_SUBSHELL)); echo $(echo $BASH_SUBSHELL) | cat
echo $BASH_SUBSHELL | cat; { echo $BASH_SUBSHELL; } | cat; x=$( (echo $BASH_SUBSHELL) ); echo $x
[ "$BASHPID" = "$$" ] && echo same; ( [ "$BASHPID" = "$$" ] && echo same || echo differ ); ( [ "$BASHPID" = "$(echo $BASHPID)" ] && echo same || echo differ )
a=$BASHPID; b=$(echo $BASHPID); c=$(echo $BASHPID); [ "$b" != "$c" ] && [ "$a" != "$b" ] && echo distinct
bash -c '[ "$BASHPID" = "$$" ] && echo same-in-child'; echo $BASHPID | grep -c '^[0-9][0-9]*$'
