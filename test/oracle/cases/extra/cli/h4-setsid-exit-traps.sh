# Detaching and cleanup as daemon scripts do: nohup and setsid (util-linux's errors), EXIT traps in subshells, functions, groups, $( ) and nested bash, trap replacing and removing, disown -h keeping the job listed, and the job builtins' types
nohup sleep 0.1 > /dev/null 2>&1 & wait; echo $?
nohup true; echo $?; cat nohup.out 2>&1 | head -1
trap 'echo caught TERM' TERM; kill -TERM $$; echo after
( trap 'echo sub-exit' EXIT; sleep 0.1 & wait ); echo out
f() { ( trap 'echo in-fn-subshell' EXIT; true ); echo fn-done; }; f
trap 'echo parent-exit' EXIT; (echo child); bash -c 'trap "echo inner-exit" EXIT; echo inner'; echo end
{ trap 'echo grp-exit' EXIT; echo grp; }; echo after-grp
trap 'echo one' EXIT; trap 'echo two' EXIT; trap -p EXIT
trap 'echo x' EXIT; trap - EXIT; echo none
set -e; (false; echo no) ; echo unreachable
x=$(trap 'echo in-subst-exit' EXIT; echo val); echo "x=$x"
sleep 0.1 & disown -h %1; jobs; wait; echo $?
setsid true; echo $?
type fg bg jobs wait compgen complete
setsid; echo $?
setsid -w bash -c "exit 3"; echo $?
setsid nosuch; echo $?
setsid -x true; echo $?
setsid echo hi; setsid -f echo forked; sleep 0.1
setsid --wait true; echo $?
setsid --bogus true
type setsid; which setsid
