// -m socket: a local socket already exists for the packet (used with TPROXY).
import type { MatchExtension } from "../extension.js";
import type { HookContext, Packet } from "../types.js";
import { checkOption } from "./util/errors.js";

type Flag = "transparent" | "nowildcard" | "restore-skmark";
const FLAGS: Flag[] = ["transparent", "nowildcard", "restore-skmark"];

export interface SocketData {
  flags: Flag[];
  seen: string[];
}

/** Socket lookup, when the packet path offers it (an addition to HookContext). */
type WithSocketLookup = HookContext & {
  socketLookup?(pkt: Packet, opts: { transparent: boolean; nowildcard: boolean }): { fullsock: boolean } | undefined;
};

export const socketMatch: MatchExtension<SocketData> = {
  name: "socket",
  options: FLAGS.map((name) => ({ name, args: 0 as const })),
  hooks: ["PREROUTING", "INPUT"],
  init: () => ({ flags: [], seen: [] }),
  parse(d, { option, invert }) {
    checkOption("socket", d.seen, option, invert);
    d.flags.push(option as Flag);
  },
  save: (d) => FLAGS.filter((f) => d.flags.includes(f)).map((f) => `--${f}`).join(" "),
  print: (d) => ["socket", ...FLAGS.filter((f) => d.flags.includes(f)).map((f) => `--${f}`)].join(" "),
  match(d, pkt, ctx: WithSocketLookup) {
    if (!ctx.socketLookup) return false;
    const found = ctx.socketLookup(pkt, { transparent: d.flags.includes("transparent"), nowildcard: d.flags.includes("nowildcard") });
    // --restore-skmark copies a full socket's SO_MARK, which no socket here sets
    if (found?.fullsock && d.flags.includes("restore-skmark")) pkt.mark = 0;
    return found !== undefined;
  },
};
