// -m ipvs: IPVS properties of a packet. The kernel here lacks the xt_ipvs module, so iptables
// warns while loading it and the kernel then refuses the rule.
import type { MatchExtension } from "../extension.js";

export interface IpvsData {
  options: string[];
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
  init: () => ({ options: [] }),
  parse(d, { option, args, invert }) {
    d.options.push(`${invert ? "! " : ""}--${option}${args.length ? ` ${args.join(" ")}` : ""}`);
  },
  finalCheck(_d, { warn }) {
    warn?.("Warning: Extension ipvs revision 0 not supported, missing kernel module?\n");
  },
  checkEntry: () => "No such file or directory",
  save: (d) => d.options.join(" "),
  print: (d) => ["ipvs", ...d.options].join(" "),
  match: () => false,
};
