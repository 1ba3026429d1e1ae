// sudo [-E] [-H] [-u root] [-s] CMD…: the learner is already root, so it just runs CMD.
import type { Command } from "../types.js";
import { done, skipOptions } from "./util.js";

const USAGE =
  "usage: sudo -h | -K | -k | -V\n" +
  "usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\n" +
  "usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command [arg ...]]\n" +
  "usage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]\n" +
  "usage: sudo -e [-ABkNnS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n";

const WITH_ARG = new Set(["-u", "-g", "-h", "-p", "-C", "-D", "-R", "-T", "-U"]);

export const sudo: Command = {
  name: "sudo",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let i = skipOptions(args, WITH_ARG);
    while (i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i]!)) i++;
    const cmd = args.slice(i);
    // `sudo -i` / `sudo -s` open a root shell: the learner already is root in one.
    if (cmd.length === 0) return args.some((a) => /^-[a-zA-Z]*[is]/.test(a)) ? done() : done("", USAGE, 1);
    // (a path names the program itself: sudo runs it when the file is there)
    const found = cmd[0]!.includes("/") ? ctx.fs.exists(cmd[0]!) : !ctx.lookup || ctx.lookup(cmd[0]!);
    if (!found) return done("", `sudo: ${cmd[0]}: command not found\n`, 1);
    return ctx.run(cmd);
  },
};
