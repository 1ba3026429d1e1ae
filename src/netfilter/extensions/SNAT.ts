// -j SNAT: rewrite the source of a new connection (nat POSTROUTING and INPUT).
import { makeNatTarget } from "./target-util/nat-target.js";

export const SNAT = makeNatTarget({
  name: "SNAT",
  options: ["to-source", "random", "random-fully", "persistent"],
  hooks: ["POSTROUTING", "INPUT"],
  listPrefix: "to:",
  portsOnly: false,
  shiftedPorts: "base-lost",
});
