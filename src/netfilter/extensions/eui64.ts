// -m eui64 (ip6tables only, libip6t_eui64): the source address's interface id is the EUI-64
// of the sender's MAC. No options; the kernel allows it only where a MAC is known. It has no
// print function: ip6tables-legacy lists its name glued to the addresses, ip6tables-nft nothing.
import type { MatchExtension } from "../extension.js";
import { printingLegacy } from "./util/print-backend.js";

export const eui64Match: MatchExtension<Record<string, never>> = {
  name: "eui64",
  options: [],
  init: () => ({}),
  parse() {},
  hooks: ["PREROUTING", "INPUT", "FORWARD"],
  save: () => "",
  print: () => (printingLegacy() ? "eui64 " : ""),
  listGlued: true,
  // the emulated packet path is IPv4 only
  match: () => false,
};
