// -m realm: the routing realm (tclassid) of the packet's route: `ip route add … realm(s) …`
// (0 is "cosmos" in Debian's /etc/iproute2/rt_realms).
import type { MatchExtension } from "../extension.js";
import type { HookContext, Packet } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { strtoulPrefix } from "./util/strtoul.js";
import { valMaskText } from "./util/valmask.js";
import { nameTable } from "../../name-table.js";

const REALMS = nameTable({ cosmos: 0 });

/** The packet path offers the route's realms (an addition to HookContext). */
type WithRealm = HookContext & { routeRealm?(pkt: Packet): number };

export interface RealmData {
  id: number;
  mask: number;
  invert: boolean;
  seen: string[];
}

function parseRealm(text: string): { id: number; mask: number } {
  const first = strtoulPrefix(text, 0, 0xffffffff);
  if (first) {
    const rest = text.slice(first.end);
    if (rest === "") return { id: first.value, mask: 0xffffffff };
    if (rest.startsWith("/")) {
      const mask = strtoulPrefix(rest.slice(1), 0, 0xffffffff);
      if (!mask) throw paramProblem(`realm: bad integer value for option "--realm", or out of range.\n`);
      if (rest.slice(1 + mask.end) !== "") throw paramProblem(`realm: trailing garbage after value for option "--realm".\n`);
      return { id: first.value, mask: mask.value };
    }
  }
  const named = REALMS[text];
  if (named === undefined) throw paramProblem(`realm: could not map name ${text} to an integer value for option "--realm".\n`);
  return { id: named, mask: 0xffffffff };
}

/** Save form and -L use the rt_realms name; -L -n stays numeric. */
function realmText(d: RealmData, numeric = false): string {
  if (!numeric && d.mask >>> 0 === 0xffffffff) {
    const name = Object.entries(REALMS).find(([, v]) => v === d.id)?.[0];
    if (name) return name;
  }
  return valMaskText(d.id, d.mask);
}

export const realmMatch: MatchExtension<RealmData> = {
  name: "realm",
  options: [{ name: "realm", args: 1, invertible: true }],
  hooks: ["INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  init: () => ({ id: 0, mask: 0xffffffff, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("realm", d.seen, option, invert, { invertible: true });
    Object.assign(d, parseRealm(args[0]!));
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("realm")) throw mustSpecify("realm", "realm");
  },
  save: (d) => `${d.invert ? "! " : ""}--realm ${realmText(d)}`,
  print: (d, { numeric }) => `${d.invert ? "! " : ""}realm ${realmText(d, numeric)}`,
  match(d, pkt, ctx) {
    const tclassid = (ctx as WithRealm).routeRealm?.(pkt) ?? 0;
    return (((tclassid & d.mask) >>> 0) === d.id) !== d.invert;
  },
};
