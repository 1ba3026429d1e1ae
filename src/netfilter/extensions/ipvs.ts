// -m ipvs: IPVS properties of a packet. The kernel here lacks the xt_ipvs module, so iptables
// warns while loading it and the kernel then refuses the rule; the options are still checked
// the way libxt_ipvs checks them.
import type { MatchExtension, ParseCall } from "../extension.js";
import { protocolNumber } from "../names.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { parsePortRangeRC } from "./util/ports.js";
import { strtoul } from "./util/strtoul.js";

export interface IpvsData {
  options: string[];
  seen: string[];
  /** This instance printed the missing-module warning (once per command line). */
  warned?: boolean;
}

const METHODS = ["GATE", "IPIP", "MASQ"];

function badValue(option: string, arg: string): Error {
  return paramProblem(`ipvs: Bad value for "--${option}" option: "${arg}"`);
}

/** The warning libxtables prints when it loads ipvs, once however many -m ipvs there are. */
function warnOnce(d: IpvsData, call: Pick<ParseCall, "rule" | "warn">): void {
  const instances = call.rule.matches.filter((m) => m.name === "ipvs").map((m) => m.data as IpvsData);
  if (instances.some((i) => i.warned)) return;
  d.warned = true;
  call.warn?.("Warning: Extension ipvs revision 0 not supported, missing kernel module?\n");
}

export const ipvsMatch: MatchExtension<IpvsData> = {
  name: "ipvs",
  options: [
    { name: "ipvs", args: 0, invertible: true },
    { name: "vproto", args: 1, invertible: true },
    { name: "vaddr", args: 1, invertible: true },
    { name: "vport", args: 1, invertible: true },
    { name: "vdir", args: 1 },
    { name: "vmethod", args: 1, invertible: true },
    { name: "vportctl", args: 1, invertible: true },
  ],
  init: () => ({ options: [], seen: [] }),
  parse(d, call) {
    const { option, args, invert } = call;
    warnOnce(d, call);
    checkOption("ipvs", d.seen, option, invert, { invertible: option !== "vdir" });
    const arg = args[0] ?? "";
    if (option === "vproto" && (strtoul(arg, 0, 255) ?? protocolNumber(arg)) === undefined) {
      throw paramProblem(`unknown protocol "${arg}" specified`);
    }
    if (option === "vport" || option === "vportctl") parsePortRangeRC("ipvs", option, arg);
    if (option === "vdir" && arg !== "ORIGINAL" && arg !== "REPLY") throw badValue(option, arg);
    if (option === "vmethod" && !METHODS.includes(arg.toUpperCase())) throw badValue(option, arg);
    if (option === "ipvs" && invert) d.seen.push("!ipvs");
    d.options.push(`${invert ? "! " : ""}--${option}${args.length ? ` ${args.join(" ")}` : ""}`);
  },
  finalCheck(d, call) {
    warnOnce(d, call);
    if (d.seen.length === 0) throw paramProblem("IPVS: At least one option is required");
    if (d.seen.includes("!ipvs") && d.seen.length > 2) throw paramProblem("! --ipvs cannot be together with other options");
  },
  checkEntry: () => "No such file or directory",
  save: (d) => d.options.join(" "),
  print: (d) => ["ipvs", ...d.options].join(" "),
  match: () => false,
};
