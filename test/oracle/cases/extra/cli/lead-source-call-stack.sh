# source pushes a call-stack frame: BASH_SOURCE and BASH_LINENO gain the file and line, FUNCNAME gains source only inside a function
printf 'echo "S=${BASH_SOURCE[*]} F=${FUNCNAME[*]} L=${BASH_LINENO[*]} n=${#BASH_SOURCE[@]}"\n' > /tmp/lib.sh
source /tmp/lib.sh
. /tmp/lib.sh
f() { source /tmp/lib.sh; }; f
printf '#!/bin/bash\nsource /tmp/lib.sh\ng() { . /tmp/lib.sh; }\ng\n' > /tmp/main.sh; bash /tmp/main.sh
printf 'source /tmp/lib.sh\n' > /tmp/mid.sh; source /tmp/mid.sh
echo "after S=${BASH_SOURCE[*]} F=${FUNCNAME[*]}"
