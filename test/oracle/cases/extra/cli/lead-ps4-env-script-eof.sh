# PS4 is expanded for each traced line (first character repeated per level), env -i and env NAME=VALUE give a program exactly that environment, and a script's unexpected end of file is reported on the line after its last
x=1; bash -c 'echo "x=$x"'
readonly R=1; bash -c 'echo "R=$R"'
printf 'readonly Q=2\nbash -c '"'"'echo "Q=$Q"'"'"'\n' > /tmp/q.sh; bash /tmp/q.sh
declare -x E=3; bash -c 'echo "E=$E"'
env -i bash -c 'echo "PATH=$PATH"'
env -i sh -c 'echo "PATH=$PATH"'
PS4='+${LINENO}: '; set -x; echo hi; set +x
printf 'PS4="+\\$LINENO: "\nset -x\necho in-script\n' > /tmp/p.sh; bash /tmp/p.sh
printf 'echo start\nfor i in 1 2; do\n  echo $i\n' > /tmp/bad2.sh; bash /tmp/bad2.sh; echo rc=$?
printf 'echo start\nif true; then\n  echo $i\n\n\n' > /tmp/bad4.sh; bash /tmp/bad4.sh; echo rc=$?
printf 'echo start\nwhile true; do' > /tmp/bad5.sh; bash /tmp/bad5.sh; echo rc=$?
printf 'f() {\n  echo x\n' > /tmp/bad6.sh; bash /tmp/bad6.sh; echo rc=$?
printf 'echo "unclosed\necho more\n' > /tmp/bad7.sh; bash /tmp/bad7.sh; echo rc=$?
bash -c 'for i in 1; do'; echo rc=$?
PS4='+ ${BASH_SOURCE:-x}:${LINENO}:${FUNCNAME[0]:+${FUNCNAME[0]}(): }'; set -x; f() { echo in; }; f; set +x
PS4=''; set -x; echo quiet; set +x
PS4='$(echo sub) '; set -x; echo s; set +x
set -x; x=$(echo inner); a=(1 2); [[ 1 == 1 ]]; (( 1 )); set +x
PS4='> '; set -x; y=$(echo $(echo deep)); set +x
env FOO=1 bash -c 'echo "FOO=$FOO"'
env -i FOO=2 env
BAR=3 env | grep -c BAR
bash -c $'for i in 1; do\n'; echo rc=$?
bash -c $'if true\n\n'; echo rc=$?
printf 'echo "open\n' > /tmp/b8.sh; bash /tmp/b8.sh; echo rc=$?
printf 'echo a\n\n' > /tmp/b9.sh; bash /tmp/b9.sh; echo rc=$?
printf 'cat <%sEOT\nbody\n' '<' > /tmp/b10.sh; bash /tmp/b10.sh; echo rc=$?
printf 'echo $LINENO\necho $LINENO\n' > /tmp/b11.sh; bash /tmp/b11.sh
