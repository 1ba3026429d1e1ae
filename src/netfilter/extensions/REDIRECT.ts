// -j REDIRECT: DNAT to the receiving host itself, optionally to other ports
// (nat PREROUTING and OUTPUT).
import { makeNatTarget } from "./target-util/nat-target.js";

export const REDIRECT = makeNatTarget({
  name: "REDIRECT",
  options: ["to-ports", "random"],
  hooks: ["PREROUTING", "OUTPUT"],
  listPrefix: "redir ports ",
  portsOnly: true,
  shiftedPorts: "refused",
});
