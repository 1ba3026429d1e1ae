# yes never stops: into a pipe its reader ends it with SIGPIPE (141), which pipefail and set -e see
set -o pipefail; yes | head -2; echo "rc=$? ${PIPESTATUS[*]}"
yes no | head -1; echo "${PIPESTATUS[*]}"
yes | sed 3q; echo "${PIPESTATUS[*]}"
set -eo pipefail; yes | head -1; echo never
yes | (head -1 > /dev/null); echo "${PIPESTATUS[*]}"
x=$(yes | head -3 | wc -l); echo $x
