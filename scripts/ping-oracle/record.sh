#!/bin/sh
# Record a case that runs iputils ping on the real kernel. The oracle machine has no ping, so
# this puts Debian 12's (iputils-ping 20221126, from `apt-get download iputils-ping` unpacked
# with `dpkg-deb -x` into $PING_ROOT) on a tmpfs mounted over /usr/local/bin inside the case's
# own private mount namespace (nothing on the machine changes), then drops that first
# command's entry so the transcript matches the case line for line.
#   sh scripts/ping-oracle/record.sh CASE.sh > CASE.expected.json
case_file=${1:?usage: record.sh CASE.sh}
root=${PING_ROOT:-/work/h2tools/root}
[ -x "$root/bin/ping" ] || { echo "no ping under $root/bin (see header)" >&2; exit 2; }
{ echo "mount -t tmpfs pingbin /usr/local/bin && cp -a $root/bin/ping /usr/local/bin/"; cat "$case_file"; } |
  /work/shared/oracle/run-real - --json |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const t=JSON.parse(s);if(t[0].rc!==0)throw new Error("ping setup failed: "+t[0].stderr);process.stdout.write(JSON.stringify(t.slice(1),null,1)+"\n")})'
