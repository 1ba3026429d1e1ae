# bash's own variables before any assignment: PS4, OPTIND (an integer), OPTERR; dash also sets PS2
echo "[$PS4] [$OPTIND] [$OPTERR] [${PS2-u}] [${PS1-u}] [${#BASH_VERSINFO[@]}] [$HOSTTYPE]"
declare -p PS4 OPTIND 2>&1
sh -c 'echo "[$PS4] [$OPTIND] [${PS2-u}]"'
bash -c 'echo "[$PS4]"; set -x; echo t'
