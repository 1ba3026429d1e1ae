// -j LOG (xt_LOG): write a kernel log line about the packet and carry on with the next rule.
// Any table and hook. The prefix keeps at most 29 characters (the kernel's 30-byte field).
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { tooShort } from "./util/errors.js";
import {
  formatLogLine,
  LOG_IPOPT,
  LOG_MACDECODE,
  LOG_TCPOPT,
  LOG_TCPSEQ,
  LOG_UID,
} from "./target-util/log-line.js";
import { extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { saveString } from "./util/quote.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { truncateUtf8 } from "./util/utf8.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface LogData {
  /** Syslog priority 0..7; 4 (warning) is the default and is left out of save. */
  level: number;
  prefix: string;
  /** LOG_* flag bits. */
  flags: number;
}

const DEFAULT_LEVEL = 4;
const PREFIX_MAX = 29;

/** Option ids follow the flag bit positions, as in libxt_LOG. */
const SPECS: OptionSpec[] = [
  { name: "log-level", id: 6, args: 1 },
  { name: "log-prefix", id: 7, args: 1 },
  { name: "log-tcp-sequence", id: 0, args: 0 },
  { name: "log-tcp-options", id: 1, args: 0 },
  { name: "log-ip-options", id: 2, args: 0 },
  { name: "log-uid", id: 3, args: 0 },
  { name: "log-macdecode", id: 5, args: 0 },
];

const FLAG_OPTIONS: Record<string, number> = {
  "log-tcp-sequence": LOG_TCPSEQ,
  "log-tcp-options": LOG_TCPOPT,
  "log-ip-options": LOG_IPOPT,
  "log-uid": LOG_UID,
  "log-macdecode": LOG_MACDECODE,
};

/** Names --log-level accepts (exact, lower case). */
const LEVEL_NAMES: Record<string, number> = {
  alert: 1, crit: 2, debug: 7, emerg: 0, error: 3, info: 6, notice: 5, panic: 0, warning: 4,
};

/** The name -L prints: the first of glibc's prioritynames with that value. */
const LEVEL_PRINT_NAMES = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];

function parseLevel(arg: string): number {
  const num = strtoulWhole(arg, 0, 7);
  if (num !== undefined) return num;
  const named = Object.hasOwn(LEVEL_NAMES, arg) ? LEVEL_NAMES[arg] : undefined;
  if (named === undefined) throw paramProblem(`log level "${arg}" unknown\n`);
  return named;
}

export const LOG: TargetExtension<LogData> = {
  name: "LOG",
  help: TARGET_HELP.LOG,
  options: extOptions(SPECS),
  init: () => ({ level: DEFAULT_LEVEL, prefix: "", flags: 0 }),
  parse(data, call) {
    noteOption("LOG", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "log-level") {
      data.level = parseLevel(arg);
    } else if (call.option === "log-prefix") {
      if (arg.length < 1) throw tooShort(1);
      if (arg.includes("\n")) throw paramProblem("Newlines not allowed in --log-prefix");
      data.prefix = truncateUtf8(arg, PREFIX_MAX);
    } else {
      data.flags |= FLAG_OPTIONS[call.option] ?? 0;
    }
  },
  save(data) {
    const parts: string[] = [];
    if (data.prefix) parts.push(`--log-prefix ${saveString(data.prefix)}`);
    if (data.level !== DEFAULT_LEVEL) parts.push(`--log-level ${data.level}`);
    for (const [option, bit] of Object.entries(FLAG_OPTIONS)) if (data.flags & bit) parts.push(`--${option}`);
    return parts.join(" ");
  },
  print(data, opts) {
    let out = "LOG";
    if (opts.numeric) {
      out += ` flags ${data.flags} level ${data.level}`;
    } else {
      const name = LEVEL_PRINT_NAMES[data.level];
      out += name ? ` level ${name}` : ` UNKNOWN level ${data.level}`;
      for (const [option, bit] of Object.entries(FLAG_OPTIONS)) if (data.flags & bit) out += ` ${option.slice(4)}`;
    }
    if (data.prefix) out += ` prefix "${data.prefix}"`;
    return out;
  },
  action(data, pkt, ctx, effects) {
    effects.log?.(formatLogLine(data.prefix, data.flags, pkt, ctx), data.level);
    return { kind: "CONTINUE" };
  },
};
