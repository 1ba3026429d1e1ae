# dash by its own name: Debian's /bin/sh, a program on PATH
dash -c 'echo $0; foo'
dash -c 'echo ${BASH_VERSION:-none}'
echo 'echo hi; exit 3' | dash
type dash
which dash
command -v dash
