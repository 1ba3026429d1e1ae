pushd /etc >/dev/null; dirs
dirs
type echo
hash -p /bin/ls foo; hash
hash
complete -W "a b" foo; complete -p
complete -p
set -o noclobber; echo x > /tmp/f; echo y > /tmp/f
echo z > /tmp/f; cat /tmp/f
readonly R=1
R=2; echo $R
OPTIND=5
echo $OPTIND
RANDOM=7; echo $RANDOM $RANDOM
cd /usr; echo $OLDPWD
echo $OLDPWD
set -- a b; echo $#
echo $#
mkdir -p /tmp/d && cd /tmp/d && touch x && ls
ls
RANDOM=42; echo $RANDOM; echo $RANDOM; x=$(echo $RANDOM); echo $RANDOM
RANDOM=0; echo $RANDOM $RANDOM
RANDOM=4294967297; echo $RANDOM
RANDOM=abc; echo $RANDOM | wc -l
RANDOM=-1; echo $RANDOM
