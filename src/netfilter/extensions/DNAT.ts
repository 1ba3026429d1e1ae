// -j DNAT: rewrite the destination of a new connection (nat PREROUTING and OUTPUT).
import { makeNatTarget } from "./target-util/nat-target.js";

export const DNAT = makeNatTarget({
  name: "DNAT",
  options: ["to-destination", "random", "persistent"],
  hooks: ["PREROUTING", "OUTPUT"],
  listPrefix: "to:",
  portsOnly: false,
  shiftedPorts: "kept",
});
