// -m eui64 (ip6tables only, libip6t_eui64): the source address's interface id is the EUI-64
// of the sender's MAC. No options; the kernel allows it only where a MAC is known.
import type { MatchExtension } from "../extension.js";

export const eui64Match: MatchExtension<Record<string, never>> = {
  name: "eui64",
  options: [],
  init: () => ({}),
  parse() {},
  hooks: ["PREROUTING", "INPUT", "FORWARD"],
  save: () => "",
  print: () => "",
  // the emulated packet path is IPv4 only
  match: () => false,
};
