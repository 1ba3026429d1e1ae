// getopt (util-linux 2.38): parses a script's parameters into a normalised, quoted list for
// `eval set -- "$(getopt …)"`: options first (long ones too), then `--` and the other words.
import { singleQuote } from "../quote.js";
import type { Command } from "../types.js";
import { done } from "./util.js";

interface LongOption {
  name: string;
  /** 0: no argument, 1: required, 2: optional (`name::`). */
  arg: 0 | 1 | 2;
}


/** getopt's own options, then the optstring (-o or the first word) and the parameters. */
function readInvocation(argv: string[]): { short?: string; long: LongOption[]; name: string; quiet: boolean; alternative: boolean; unquoted: boolean; params: string[] } | { rc: number; err: string; out?: string } {
  let short: string | undefined;
  const long: LongOption[] = [];
  let name = "getopt";
  let quiet = false;
  let alternative = false;
  let unquoted = false;
  const addLong = (spec: string) => {
    for (const item of spec.split(",").filter(Boolean)) {
      const m = /^(.*?)(:{0,2})$/.exec(item)!;
      long.push({ name: m[1]!, arg: m[2]!.length as 0 | 1 | 2 });
    }
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (inline: string | undefined): string | undefined => inline ?? argv[++i];
    if (a === "--") {
      i++;
      break;
    }
    const longMatch = /^--([^=]+)(?:=(.*))?$/s.exec(a);
    if (longMatch) {
      const [, opt, inline] = longMatch;
      if ("options".startsWith(opt!)) short = value(inline);
      else if ("longoptions".startsWith(opt!) || opt === "long") addLong(value(inline) ?? "");
      else if ("name".startsWith(opt!)) name = value(inline) ?? name;
      else if ("quiet".startsWith(opt!)) quiet = true;
      else if ("alternative".startsWith(opt!)) alternative = true;
      else if ("unquoted".startsWith(opt!)) unquoted = true;
      else if ("test".startsWith(opt!)) return { rc: 4, err: "" };
      else if ("shell".startsWith(opt!) || "quiet-output".startsWith(opt!)) value(inline);
      else return { rc: 2, err: `getopt: unrecognized option '${a}'\nTry 'getopt --help' for more information.\n` };
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      const c = a[1]!;
      const rest = a.length > 2 ? a.slice(2) : undefined;
      if (c === "o") short = value(rest);
      else if (c === "l") addLong(value(rest) ?? "");
      else if (c === "n") name = value(rest) ?? name;
      else if (c === "q") quiet = true;
      else if (c === "a") alternative = true;
      else if (c === "u") unquoted = true;
      else if (c === "T") return { rc: 4, err: "" };
      else if (c === "s" || c === "Q") value(rest);
      else return { rc: 2, err: `getopt: invalid option -- '${c}'\nTry 'getopt --help' for more information.\n` };
      continue;
    }
    break;
  }
  const params = argv.slice(i);
  // without -o, the first word is the optstring, and the list comes out unquoted (the old getopt)
  if (short === undefined) {
    if (params.length === 0) return { rc: 2, err: "getopt: missing optstring argument\nTry 'getopt --help' for more information.\n" };
    short = params.shift()!;
    unquoted = true;
  }
  return { short, long, name, quiet, alternative, unquoted, params };
}

export const getopt: Command = {
  name: "getopt",
  // (the errors come as it parses, the list when it is done)
  bufferedStdout: true,
  run(ctx) {
    const inv = readInvocation(ctx.argv.slice(1));
    if ("rc" in inv) return done(inv.out ?? "", inv.err, inv.rc);
    let optstring = inv.short!;
    // + or POSIXLY_CORRECT: stop at the first word that is not an option
    const inOrder = optstring.startsWith("+") || ctx.env["POSIXLY_CORRECT"] !== undefined;
    optstring = optstring.replace(/^[+-]/, "");
    const q = inv.unquoted ? (s: string) => s : singleQuote;
    const opts: string[] = [];
    const words: string[] = [];
    let err = "";
    let errors = 0;
    const fail = (msg: string) => {
      errors++;
      if (!inv.quiet) err += `${inv.name}: ${msg}\n`;
    };
    const shortArg = (c: string): number => {
      const at = optstring.indexOf(c);
      if (at < 0 || c === ":") return -1;
      return optstring.startsWith("::", at + 1) ? 2 : optstring[at + 1] === ":" ? 1 : 0;
    };
    const args = inv.params;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === "--") {
        words.push(...args.slice(i + 1));
        break;
      }
      const isLong = a.startsWith("--") || (inv.alternative && a.startsWith("-") && a.length > 2 && !(shortArg(a[1]!) >= 0 && a.length === 2));
      if (isLong && a.length > 2) {
        const body = a.slice(a.startsWith("--") ? 2 : 1);
        const eq = body.indexOf("=");
        const name = eq < 0 ? body : body.slice(0, eq);
        const exact = inv.long.find((l) => l.name === name);
        const candidates = exact ? [exact] : inv.long.filter((l) => l.name.startsWith(name));
        if (candidates.length !== 1) {
          if (candidates.length > 1) fail(`option '${a.slice(0, a.length - body.length)}${name}' is ambiguous; possibilities:${candidates.map((c) => ` '--${c.name}'`).join("")}`);
          else fail(`unrecognized option '${a}'`);
          continue;
        }
        const opt = candidates[0]!;
        if (opt.arg === 0 && eq >= 0) {
          fail(`option '--${opt.name}' doesn't allow an argument`);
          continue;
        }
        if (opt.arg === 1 && eq < 0 && i + 1 >= args.length) {
          fail(`option '--${opt.name}' requires an argument`);
          continue;
        }
        opts.push(`--${opt.name}`);
        if (opt.arg === 1) opts.push(q(eq >= 0 ? body.slice(eq + 1) : args[++i]!));
        else if (opt.arg === 2) opts.push(q(eq >= 0 ? body.slice(eq + 1) : ""));
        continue;
      }
      if (a.startsWith("-") && a.length > 1) {
        for (let j = 1; j < a.length; j++) {
          const c = a[j]!;
          const kind = shortArg(c);
          if (kind < 0) {
            fail(`invalid option -- '${c}'`);
            continue;
          }
          opts.push(`-${c}`);
          if (kind === 0) continue;
          const rest = a.slice(j + 1);
          if (kind === 2) opts.push(q(rest));
          else if (rest !== "") opts.push(q(rest));
          else if (i + 1 < args.length) opts.push(q(args[++i]!));
          else {
            opts.pop();
            fail(`option requires an argument -- '${c}'`);
          }
          break;
        }
        continue;
      }
      if (inOrder) {
        words.push(...args.slice(i));
        break;
      }
      words.push(a);
    }
    const out = [...opts, "--", ...words.map(q)].map((w) => ` ${w}`).join("") + "\n";
    return done(out, err, errors ? 1 : 0);
  },
};
