// -j ULOG: the old ulogd netlink logging target (IPv4 only). libipt_ULOG still ships, but this
// kernel has no ipt_ULOG module: libxtables warns while loading the extension and the kernel
// refuses every rule (ENOENT). The options are still checked the way libipt_ULOG checks them.
import { paramProblem } from "../xtables-error.js";
import { badValue, tooShort } from "./util/errors.js";
import { strtoulPrefix } from "./util/strtoul.js";
import { missingModuleTarget } from "./target-util/missing-module.js";
import type { OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";

const SPECS: OptionSpec[] = [
  { name: "ulog-nlgroup", id: 0, args: 1 },
  { name: "ulog-prefix", id: 1, args: 1 },
  { name: "ulog-cprange", id: 2, args: 1 },
  { name: "ulog-qthreshold", id: 3, args: 1 },
];

const RANGES: Record<string, [number, number]> = {
  "ulog-nlgroup": [1, 32],
  "ulog-qthreshold": [1, 50],
};

const U64_MAX = (1n << 64n) - 1n;

/** XTTYPE_UINT64: one whole number up to 2^64-1. */
function isU64(text: string): boolean {
  const parsed = strtoulPrefix(text, 0, 0);
  return parsed !== undefined && parsed.end === text.length;
}

/** An XTTYPE_UINT64 argument already checked by isU64, exactly (strtoull base 0). */
function bigValue(text: string): bigint {
  const t = text.trim().replace(/^\+/, "");
  if (/^0[xX]/.test(t)) return BigInt(t);
  return /^0[0-7]/.test(t) ? BigInt(`0o${t.slice(1)}`) : BigInt(t);
}

const HELP =
  "ULOG target options:\n" +
  " --ulog-nlgroup nlgroup\t\tNETLINK group used for logging\n" +
  " --ulog-cprange size\t\tBytes of each packet to be passed\n" +
  " --ulog-qthreshold\t\tThreshold of in-kernel queue\n" +
  " --ulog-prefix prefix\t\tPrefix log messages with this prefix.\n";

export const ULOG = missingModuleTarget({
  name: "ULOG",
  specs: SPECS,
  help: HELP,
  // libipt_ULOG's print: copy_range as a 32-bit unsigned, the netlink group, prefix, threshold
  describe(given) {
    const num = (option: string, dflt: number): number => {
      const v = given.get(option);
      return v === undefined ? dflt : Number(BigInt.asUintN(32, bigValue(v)));
    };
    // (prefix[32]: a longer prefix loses its tail)
    const prefix = given.get("ulog-prefix")?.slice(0, 31);
    return `ULOG copy_range ${num("ulog-cprange", 0)} nlgroup ${num("ulog-nlgroup", 1)} ${prefix ? `prefix "${prefix}" ` : ""}queue_threshold ${num("ulog-qthreshold", 1)}`;
  },
  checkValue(option, arg) {
    if (option === "ulog-cprange" && !isU64(arg)) throw badValue("ULOG", option, 0, U64_MAX);
    if (option === "ulog-prefix") {
      if (arg === "") throw tooShort(1);
      if (arg.includes("\n")) throw paramProblem("Newlines not allowed in --ulog-prefix");
    }
    const range = RANGES[option];
    if (range && strtoulWhole(arg, range[0], range[1]) === undefined) throw badValue("ULOG", option, range[0], range[1]);
  },
});
