// The shell's own commands (coreutils-like tools); iptables, net and kube groups come on top.
import type { Command } from "../types.js";
import { awk } from "./awk.js";
import { basename, dirname } from "./basename.js";
import { cat } from "./cat.js";
import { chmod } from "./chmod.js";
import { date } from "./date.js";
import { diff } from "./diff.js";
import { less } from "./less.js";
import { clear } from "./clear.js";
import { cp } from "./cp.js";
import { cut } from "./cut.js";
import { echo } from "./echo.js";
import { expr } from "./expr.js";
import { cmp, comm, expand, md5sum, printenv, readlink, realpath, sha1sum, sha224sum, sha256sum, sha384sum, sha512sum, timeout, yes } from "./small-tools.js";
import { base64, fold, join, mktemp, truncate } from "./file-tools.js";
import { stat } from "./stat.js";
import { find } from "./find.js";
import { bc } from "./bc.js";
import { env } from "./env.js";
import { grep } from "./grep.js";
import { head } from "./head.js";
import { hostname } from "./hostname.js";
import { ls } from "./ls.js";
import { mkdir } from "./mkdir.js";
import { mv } from "./mv.js";
import { od } from "./od.js";
import { printf } from "./printf.js";
import { rm } from "./rm.js";
import { rmdir } from "./rmdir.js";
import { sed } from "./sed.js";
import { seq } from "./seq.js";
import { sleep } from "./sleep.js";
import { sort } from "./sort.js";
import { sudo } from "./sudo.js";
import { tail } from "./tail.js";
import { tee } from "./tee.js";
import { touch } from "./touch.js";
import { tr } from "./tr.js";
import { falseCommand, trueCommand } from "./true.js";
import { uniq } from "./uniq.js";
import { watch } from "./watch.js";
import { wc } from "./wc.js";
import { xargs } from "./xargs.js";
import { groups, id, nproc, uname, whoami } from "./sysinfo.js";
import { paste, rev, tac } from "./tac.js";
import { nl } from "./nl.js";
import { column } from "./column.js";
import { envsubst } from "./envsubst.js";
import { getent } from "./getent.js";
import { flock } from "./flock.js";
import { ln } from "./ln.js";
import { getopt } from "./getopt.js";
import { nice, nohup, stdbuf } from "./run-wrappers.js";
import { setsid } from "./setsid.js";
import { service, systemctl } from "./services.js";
import { logger, sync, unlink } from "./syslog-tools.js";
import { route } from "./route.js";
import { namei } from "./namei.js";
import { chgrp, chown } from "./chown.js";
import { dpkg, dpkgQuery } from "./dpkg.js";
import { lsbRelease } from "./lsb-release.js";
import { cksum, sum } from "./cksum.js";
import { split } from "./split.js";
import { fmt } from "./fmt.js";
import { install } from "./install.js";
import { unexpand } from "./unexpand.js";

export const TEXT_COMMANDS: Command[] = [
  awk, basename, date, diff, dirname, less, cat, chmod, clear, cp, cut, echo, env, grep, head, hostname, ls, mkdir, mv, printf, rm, rmdir, sed, seq, sleep, sort,
  expr, od, cmp, comm, expand, md5sum, printenv, readlink, realpath, sha256sum, timeout, yes,
  sudo, tail, tee, touch, tr, trueCommand, falseCommand, uniq, watch, wc, xargs, whoami, id, uname, nproc, tac, rev, paste, nl, column, getent,
  sha1sum, sha224sum, sha384sum, sha512sum, base64, fold, join, mktemp, stat, truncate, find, bc,
  nice, nohup, stdbuf, setsid, systemctl, service, groups, logger, sync, unlink, route, namei, flock,
  chown, chgrp, dpkg, dpkgQuery, lsbRelease, cksum, sum, split, unexpand, fmt, install, ln, getopt, envsubst,
];
