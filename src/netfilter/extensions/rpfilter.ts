// -m rpfilter: reverse-path check (would a reply to the source leave through the interface
// the packet came in on?). Only in raw/mangle PREROUTING.
import type { MatchExtension } from "../extension.js";
import type { HookContext, Packet } from "../types.js";
import { checkOption } from "./util/errors.js";

type Flag = "loose" | "validmark" | "accept-local" | "invert";
const FLAGS: Flag[] = ["loose", "validmark", "accept-local", "invert"];

export interface RpfilterData {
  flags: Flag[];
  seen: string[];
}

/**
 * The packet path may answer the FIB question itself (an addition to HookContext); without
 * it the check is done with what the context knows: local sources fail unless accepted.
 */
type WithRouteCheck = HookContext & { reversePathOk?(pkt: Packet, loose: boolean, validMark: boolean): boolean };

export const rpfilterMatch: MatchExtension<RpfilterData> = {
  name: "rpfilter",
  options: FLAGS.map((name) => ({ name, args: 0 as const })),
  tables: ["raw", "mangle"],
  hooks: ["PREROUTING"],
  init: () => ({ flags: [], seen: [] }),
  parse(d, { option, invert }) {
    checkOption("rpfilter", d.seen, option, invert);
    d.flags.push(option as Flag);
  },
  save: (d) => FLAGS.filter((f) => d.flags.includes(f)).map((f) => `--${f}`).join(" "),
  print: (d) => ["rpfilter", ...FLAGS.filter((f) => d.flags.includes(f))].join(" "),
  match(d, pkt, ctx: WithRouteCheck) {
    const has = (f: Flag) => d.flags.includes(f);
    let ok: boolean;
    // Limited broadcast and "this host" sources are always fine.
    if (pkt.src >>> 0 === 0 || pkt.dst >>> 0 === 0xffffffff || pkt.dst >>> 28 === 0xe) ok = true;
    else if (ctx.reversePathOk) ok = ctx.reversePathOk(pkt, has("loose"), has("validmark"));
    else ok = ctx.addrType(pkt.src) !== "LOCAL" || has("accept-local") || ctx.inIface === "lo";
    return ok !== has("invert");
  },
};
