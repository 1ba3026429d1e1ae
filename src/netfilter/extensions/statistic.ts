// -m statistic: --mode random (probability stored as a 31-bit fraction) or --mode nth.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { alsoRequires, badValue, cannotCombine, checkOption, mustSpecify } from "./util/errors.js";
import { fixedRatio, lround, parseDouble } from "./util/float.js";
import { strtoul } from "./util/strtoul.js";

const ONE = 0x80000000;
const U32_MAX = 0xffffffff;

export interface StatisticData {
  mode?: "random" | "nth";
  /** probability * 2^31, rounded, as the kernel stores it. */
  probability: number;
  /** --every minus one, as the kernel stores it. */
  every: number;
  packet: number;
  invert: boolean;
  /** nth mode's running counter (kernel: master->count). */
  count: number;
  seen: string[];
}

/** kube-proxy writes thousands of rules with a handful of probabilities: remember the texts. */
const probabilityTexts = new Map<number, string>();

function probabilityText(d: StatisticData): string {
  let text = probabilityTexts.get(d.probability);
  if (text === undefined) {
    text = fixedRatio(BigInt(d.probability >>> 0), BigInt(ONE), 11);
    probabilityTexts.set(d.probability, text);
  }
  return text;
}

function render(d: StatisticData, prefix: string): string {
  const inv = d.invert ? " !" : "";
  if (d.mode === "random") return `${prefix}mode random${inv} ${prefix}probability ${probabilityText(d)}`;
  let out = `${prefix}mode nth${inv} ${prefix}every ${d.every + 1}`;
  if (d.packet || prefix) out += ` ${prefix}packet ${d.packet}`;
  return out;
}

export const statisticMatch: MatchExtension<StatisticData> = {
  name: "statistic",
  options: [
    { name: "mode", args: 1 },
    { name: "probability", args: 1, invertible: true },
    { name: "every", args: 1, invertible: true },
    { name: "packet", args: 1 },
  ],
  init: () => ({ probability: 0, every: 0, packet: 0, invert: false, count: 0, seen: [] }),
  parse(d, { option, args, invert }) {
    // iptables records the "!" before it checks whether the option allows one.
    if (invert) d.invert = true;
    checkOption("statistic", d.seen, option, invert, { invertible: option === "probability" || option === "every" });
    const arg = args[0]!;
    switch (option) {
      case "mode":
        if (arg !== "random" && arg !== "nth") throw paramProblem(`Bad mode "${arg}"`);
        d.mode = arg;
        break;
      case "probability": {
        const p = parseDouble(arg);
        if (p === undefined || p < 0 || p > 1) throw badValue("statistic", "probability", 0, 1);
        d.probability = Number.isNaN(p) ? 0 : lround(ONE * p) >>> 0; // nan passes the range check
        d.every = d.probability; // one word in C's union (the final check reads it as --every)
        break;
      }
      case "every": {
        const n = strtoul(arg, 1, U32_MAX);
        if (n === undefined) throw badValue("statistic", "every", 1, U32_MAX);
        d.every = n - 1;
        d.probability = d.every;
        break;
      }
      case "packet": {
        const n = strtoul(arg, 0, U32_MAX);
        if (n === undefined) throw badValue("statistic", "packet", 0, U32_MAX);
        d.packet = n;
        break;
      }
    }
  },
  finalCheck(d) {
    const seen = (o: string) => d.seen.includes(o);
    // The extension's own checks run first (an unset mode is random, value 0, in C)...
    const mode = d.mode ?? "random";
    if (mode === "random" && !seen("probability")) throw paramProblem("--probability must be specified when using random mode");
    if (mode === "nth" && !seen("every") && !seen("packet")) throw paramProblem("--every and --packet must be specified when using nth mode");
    if (d.packet > d.every) throw paramProblem("the --packet p must be 0 <= p <= n-1");
    // ...then libxtables' generic ones, in option-table order.
    if (!seen("mode")) throw mustSpecify("statistic", "mode");
    if (seen("probability") && seen("every")) throw cannotCombine("statistic", "probability", "every");
    if (seen("probability") && seen("packet")) throw cannotCombine("statistic", "probability", "packet");
    if (seen("every") && !seen("packet")) throw alsoRequires("statistic", "every", "packet");
    if (seen("packet") && !seen("every")) throw alsoRequires("statistic", "packet", "every");
    d.count = d.every - d.packet;
  },
  renew(d) {
    d.count = d.every - d.packet;
  },
  save: (d) => render(d, "--"),
  print: (d) => `statistic ${render(d, "")}`,
  match(d, _pkt, ctx) {
    let hit = d.invert;
    if (d.mode === "random") {
      const draw = Math.floor(ctx.random() * ONE);
      if (draw < d.probability) hit = !hit;
    } else {
      // The counter wraps to 0 on every n-th packet; that packet flips the result.
      d.count = d.count === d.every ? 0 : d.count + 1;
      if (d.count === 0) hit = !hit;
    }
    return hit;
  },
};
