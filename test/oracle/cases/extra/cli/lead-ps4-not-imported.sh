# bash running as root takes no PS4 from its environment: a child traces with its own '+ '
export PS4='>> '; bash -x -c 'echo a'
PS4='## ' bash -c 'set -x; echo b; echo "ps4=[$PS4]"'
PS4='%% '; set -x; bash -c 'echo "child ps4=[$PS4]"'; set +x
env | grep -c PS4
