bash -o pipefail -c 'false | true'; echo rc=$?
bash -euo pipefail -c 'false | true; echo no'; echo rc=$?
bash -o errexit -c 'false; echo no'; echo rc=$?
bash +x -c 'echo hi'
bash --norc -c 'echo hi'
bash --posix -c 'echo hi'
bash -l -c 'echo hi' 2>/dev/null
printf '#!/bin/bash -e\nfalse\necho no\n' > /tmp/g1e.sh; chmod +x /tmp/g1e.sh; /tmp/g1e.sh; echo rc=$?
printf '#!/usr/bin/env bash\necho env-bash\n' > /tmp/g1f.sh; chmod +x /tmp/g1f.sh; /tmp/g1f.sh; echo rc=$?
printf '#!/bin/sh -e\nfalse\necho no\n' > /tmp/g1g.sh; chmod +x /tmp/g1g.sh; /tmp/g1g.sh; echo rc=$?
bash -s < /tmp/g1f.sh
echo 'echo $1' | bash -s arg1
bash -o nosuch -c 'echo x'; echo rc=$?
bash -q -c 'echo x'; echo rc=$?
sh -o pipefail -c 'false|true'; echo rc=$?
sh -q -c 'echo'; echo rc=$?
echo 'echo $1 $2' | bash -s a b
echo 'echo $0' | bash -s
bash -o pipefail -o errexit -c 'echo $-'
bash -c 'echo $-'
bash -x -c 'echo hi' -- a 2>&1
bash -- -c 2>&1; echo rc=$?
bash -e +e -c 'false; echo survived'
printf '#!/usr/bin/env sh\necho $0 x\n' > /tmp/g1h.sh; chmod +x /tmp/g1h.sh; /tmp/g1h.sh
printf '#!/bin/bash -x\niptables -S INPUT\n' > /tmp/g1j.sh; chmod +x /tmp/g1j.sh; /tmp/g1j.sh 2>&1
