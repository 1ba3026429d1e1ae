// -m ipvs: IPVS properties of a packet. The kernel here lacks the xt_ipvs module, so iptables
// warns while loading it and the kernel then refuses the rule; the options are still checked
// the way libxt_ipvs checks them.
import type { MatchExtension } from "../extension.js";
import { protocolNumber } from "../names.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { parseHostMask } from "./util/hostmask.js";
import { parseServicePort } from "./util/ports.js";
import { strtoul } from "./util/strtoul.js";

export interface IpvsData {
  options: string[];
  seen: string[];
}

const METHODS = ["GATE", "IPIP", "MASQ"];

function badValue(option: string, arg: string): Error {
  return paramProblem(`ipvs: Bad value for "--${option}" option: "${arg}"`);
}

export const ipvsMatch: MatchExtension<IpvsData> = {
  name: "ipvs",
  loadWarning: "Warning: Extension ipvs revision 0 not supported, missing kernel module?",
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
  parse(d, { option, args, invert, family, hosts4, hosts6 }) {
    checkOption("ipvs", d.seen, option, invert, { invertible: option !== "vdir" });
    const arg = args[0] ?? "";
    if (option === "vproto" && (strtoul(arg, 0, 255) ?? protocolNumber(arg)) === undefined) {
      throw paramProblem(`unknown protocol "${arg}" specified`);
    }
    if (option === "vaddr") parseHostMask("ipvs", option, arg, family, { hosts4, hosts6 });
    if (option === "vport" || option === "vportctl") parseServicePort(arg);
    if (option === "vdir" && arg !== "ORIGINAL" && arg !== "REPLY") throw badValue(option, arg);
    if (option === "vmethod" && !METHODS.includes(arg.toUpperCase())) throw badValue(option, arg);
    if (option === "ipvs" && invert) d.seen.push("!ipvs");
    d.options.push(`${invert ? "! " : ""}--${option}${args.length ? ` ${args.join(" ")}` : ""}`);
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("IPVS: At least one option is required");
    if (d.seen.includes("!ipvs") && d.seen.length > 2) throw paramProblem("! --ipvs cannot be together with other options");
  },
  checkEntry: () => "No such file or directory",
  save: (d) => d.options.join(" "),
  print: (d) => ["ipvs", ...d.options].join(" "),
  match: () => false,
};
