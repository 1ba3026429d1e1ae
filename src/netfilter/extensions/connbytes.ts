// -m connbytes: how many packets or bytes (or the average packet size) the connection has
// carried so far, in one or both directions.
import type { MatchExtension } from "../extension.js";
import type { ConntrackView } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { parseU64Range } from "./util/ranges.js";

type Dir = "original" | "reply" | "both";
type Mode = "packets" | "bytes" | "avgpkt";

export interface ConnbytesData {
  from: bigint;
  to: bigint;
  invert: boolean;
  dir: Dir;
  mode: Mode;
  seen: string[];
}

/** Per-direction counters, when the packet path keeps them on the connection. */
type WithCounters = ConntrackView & { origPackets?: number; origBytes?: number; replPackets?: number; replBytes?: number };

const U64_MAX = (1n << 64n) - 1n;

export const connbytesMatch: MatchExtension<ConnbytesData> = {
  name: "connbytes",
  options: [
    { name: "connbytes", args: 1, invertible: true },
    { name: "connbytes-dir", args: 1 },
    { name: "connbytes-mode", args: 1 },
  ],
  init: () => ({ from: 0n, to: U64_MAX, invert: false, dir: "original", mode: "packets", seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("connbytes", d.seen, option, invert, { invertible: option === "connbytes" });
    const arg = args[0]!;
    if (option === "connbytes") {
      const [from, to] = parseU64Range("connbytes", option, arg);
      const single = !arg.includes(":");
      d.from = from;
      d.to = single ? U64_MAX : to;
      if (d.to < d.from) throw paramProblem(`${d.from} should be less than ${d.to}`);
      // libxt_connbytes inverts by swapping the bounds, so "! 5:5" is just "5:5".
      d.invert = invert && d.from !== d.to;
    } else if (option === "connbytes-dir") {
      if (arg !== "original" && arg !== "reply" && arg !== "both") throw paramProblem(`Unknown --connbytes-dir \`${arg}'`);
      d.dir = arg;
    } else {
      if (arg !== "packets" && arg !== "bytes" && arg !== "avgpkt") throw paramProblem(`Unknown --connbytes-mode \`${arg}'`);
      d.mode = arg;
    }
  },
  finalCheck(d) {
    for (const option of ["connbytes", "connbytes-dir", "connbytes-mode"]) if (!d.seen.includes(option)) throw mustSpecify("connbytes", option);
  },
  save: (d) => `${d.invert ? "! " : ""}--connbytes ${d.from}${d.to && d.to < U64_MAX ? `:${d.to}` : ""} --connbytes-mode ${d.mode} --connbytes-dir ${d.dir}`,
  print: (d) => `${d.invert ? "! " : ""}connbytes ${d.from}${d.to && d.to < U64_MAX ? `:${d.to}` : ""} connbytes mode ${d.mode} connbytes direction ${d.dir}`,
  match(d, _pkt, ctx) {
    const ct = ctx.conntrack as WithCounters | undefined;
    if (!ct || ct.state === "INVALID" || ct.state === "UNTRACKED") return false;
    const pk = { original: ct.origPackets ?? 0, reply: ct.replPackets ?? 0 };
    const by = { original: ct.origBytes ?? 0, reply: ct.replBytes ?? 0 };
    const sum = (v: { original: number; reply: number }) => (d.dir === "both" ? v.original + v.reply : v[d.dir]);
    let what: number;
    if (d.mode === "packets") what = sum(pk);
    else if (d.mode === "bytes") what = sum(by);
    else {
      const packets = sum(pk);
      what = packets ? Math.floor(sum(by) / packets) : 0;
    }
    const inRange = BigInt(what) >= d.from && BigInt(what) <= d.to;
    return inRange !== d.invert;
  },
};
