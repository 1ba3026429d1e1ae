// whoami, id, uname: the learner is root on a Debian 12 host running the recording machine's kernel.
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";
import { groupName, supplementaryGroups, userById, userByName, userName } from "../ownership.js";

/** The kernel the oracle transcripts were recorded on (`uname -r` / `-v`). */
const KERNEL_RELEASE = "6.18.44-fc-v595";
const KERNEL_VERSION = "#1 SMP PREEMPT_DYNAMIC @0";

export const whoami: Command = {
  name: "whoami",
  run(ctx) {
    const p = parseOptions("whoami", ctx.argv.slice(1), {});
    if (isResult(p)) return p;
    if (p.args.length > 0) return done("", `whoami: extra operand '${p.args[0]}'\nTry 'whoami --help' for more information.\n`, 1);
    return done("root\n");
  },
};

export const id: Command = {
  name: "id",
  run(ctx) {
    const p = parseOptions("id", ctx.argv.slice(1), {
      flags: "ugGnrz",
      long: { user: "u", group: "g", groups: "G", name: "n", real: "r", zero: "z" },
    });
    if (isResult(p)) return p;
    const user = p.args[0];
    if (p.args.length > 1) return done("", `id: extra operand '${p.args[1]}'\nTry 'id --help' for more information.\n`, 1);
    const account = user === undefined ? userByName(ctx.fs, "root") : userByName(ctx.fs, user) ?? userById(ctx.fs, user);
    if (!account) return done("", `id: '${user}': no such user\n`, 1);
    const only = ["u", "g", "G"].filter((f) => has(p, f));
    if (only.length > 1) return done("", "id: cannot print \"only\" of more than one choice\n", 1);
    const gids = [account.gid, ...supplementaryGroups(ctx.fs, account.name).filter((g) => g !== account.gid)];
    if (only.length === 0) {
      if (has(p, "n") || has(p, "r")) return done("", "id: cannot print only names or real IDs in default format\n", 1);
      const named = (id: number, name: string) => `${id}(${name})`;
      const groups = gids.map((g) => named(g, groupName(ctx.fs, g))).join(",");
      return done(`uid=${named(account.id, account.name)} gid=${named(account.gid, groupName(ctx.fs, account.gid))} groups=${groups}\n`);
    }
    const ids = has(p, "u") ? [account.id] : has(p, "g") ? [account.gid] : gids;
    const text = ids.map((i) => (has(p, "n") ? (has(p, "u") ? userName(ctx.fs, i) : groupName(ctx.fs, i)) : String(i))).join(" ");
    return done(text + "\n");
  },
};

export const uname: Command = {
  name: "uname",
  run(ctx) {
    const p = parseOptions("uname", ctx.argv.slice(1), {
      flags: "asnrvmpio",
      long: {
        all: "a", "kernel-name": "s", "nodename": "n", "kernel-release": "r", "kernel-version": "v",
        machine: "m", processor: "p", "hardware-platform": "i", "operating-system": "o", version: "V",
      },
    });
    if (isResult(p)) return p;
    if (has(p, "V")) return done("uname (GNU coreutils) 9.1\n");
    if (p.args.length > 0) return done("", `uname: extra operand '${p.args[0]}'\nTry 'uname --help' for more information.\n`, 1);
    const fields: [string, string][] = [
      ["s", "Linux"], ["n", ctx.world.hostname], ["r", KERNEL_RELEASE], ["v", KERNEL_VERSION],
      ["m", "x86_64"], ["p", "unknown"], ["i", "unknown"], ["o", "GNU/Linux"],
    ];
    const all = has(p, "a");
    // -a leaves out -p and -i when they are unknown
    let chosen = fields.filter(([f]) => (all && f !== "p" && f !== "i") || has(p, f));
    if (chosen.length === 0) chosen = [fields[0]!];
    return done(chosen.map(([, v]) => v).join(" ") + "\n");
  },
};

/** groups [USER…]: each user's primary group and the groups /etc/group lists them in. */
export const groups: Command = {
  name: "groups",
  run(ctx) {
    const users = ctx.argv.slice(1);
    // (the same groups as id's, by name)
    const groupsOf = (user: string): string | undefined => {
      const account = userByName(ctx.fs, user);
      if (!account) return undefined;
      const gids = [account.gid, ...supplementaryGroups(ctx.fs, account.name).filter((g) => g !== account.gid)];
      return gids.map((g) => groupName(ctx.fs, g)).join(" ");
    };
    if (users.length === 0) return done(`${groupsOf("root")}\n`);
    let out = "";
    let err = "";
    for (const user of users) {
      const list = groupsOf(user);
      if (list === undefined) err += `groups: '${user}': no such user\n`;
      else out += `${user} : ${list}\n`;
    }
    return done(out, err, err ? 1 : 0);
  },
};

/** The recording machine's processor count (nproc, getconf _NPROCESSORS_ONLN). */
const PROCESSORS = 2;

/** nproc [--all] [--ignore=N]: processors available, never fewer than one. */
export const nproc: Command = {
  name: "nproc",
  run(ctx) {
    const p = parseOptions("nproc", ctx.argv.slice(1), { long: { all: "a", "ignore=": "i" } });
    if (isResult(p)) return p;
    if (p.args.length > 0) return done("", `nproc: extra operand '${p.args[0]}'\nTry 'nproc --help' for more information.\n`, 1);
    const ignore = lastValue(p, "i");
    if (ignore !== undefined && !/^\s*\+?\d+$/.test(ignore)) return done("", `nproc: invalid number: '${ignore}'\n`, 1);
    return done(`${Math.max(1, PROCESSORS - Number(ignore ?? 0))}\n`);
  },
};
