// logger, sync and unlink as they behave in the oracle's sandbox (no syslog daemon behind /dev/log).
import type { Command } from "../types.js";
import { done } from "./util.js";

/** logger [-s] [-t TAG] [-p PRIO] [MESSAGE…]: the message goes nowhere; -s also reports the missing socket. */
export const logger: Command = {
  name: "logger",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let toStderr = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === "--") break;
      if (a.startsWith("--")) {
        const name = a.slice(2).split("=")[0]!;
        if (!["stderr", "tag", "priority", "id", "file", "server", "port", "udp", "tcp", "size", "skip-empty", "rfc3164", "rfc5424", "no-act", "socket-errors"].includes(name)) {
          return done("", `logger: unrecognized option '${a}'\nTry 'logger --help' for more information.\n`, 1);
        }
        if (name === "stderr") toStderr = true;
        if (["tag", "priority", "file", "server", "port", "size"].includes(name) && !a.includes("=")) i++;
        continue;
      }
      if (!a.startsWith("-") || a === "-") continue;
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === "s") toStderr = true;
        else if ("tpfnPuS".includes(c)) {
          if (j === a.length - 1) i++;
          break;
        } else if (!"iTde".includes(c)) return done("", `logger: invalid option -- '${c}'\nTry 'logger --help' for more information.\n`, 1);
      }
    }
    if (toStderr) return done("", "logger: socket /dev/log: No such file or directory\n", 1);
    return done();
  },
};

export const sync: Command = {
  name: "sync",
  run() {
    return done();
  },
};

/** unlink FILE: removes one file (not a directory). */
export const unlink: Command = {
  name: "unlink",
  run(ctx) {
    const args = ctx.argv.slice(1).filter((a) => a !== "--");
    if (args.length === 0) return done("", "unlink: missing operand\nTry 'unlink --help' for more information.\n", 1);
    if (args.length > 1) return done("", `unlink: extra operand '${args[1]}'\nTry 'unlink --help' for more information.\n`, 1);
    const file = args[0]!;
    if (ctx.fs.isDir(file)) return done("", `unlink: cannot unlink '${file}': Is a directory\n`, 1);
    if (!ctx.fs.exists(file)) return done("", `unlink: cannot unlink '${file}': No such file or directory\n`, 1);
    const err = ctx.fs.remove(file);
    return err ? done("", `unlink: cannot unlink '${file}': ${err}\n`, 1) : done();
  },
};
