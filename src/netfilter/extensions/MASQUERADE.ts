// -j MASQUERADE: SNAT to the outgoing interface's address (nat POSTROUTING only).
import { makeNatTarget } from "./target-util/nat-target.js";

export const MASQUERADE = makeNatTarget({
  name: "MASQUERADE",
  options: ["to-ports", "random", "random-fully"],
  hooks: ["POSTROUTING"],
  listPrefix: "masq ports: ",
  portsOnly: true,
  shiftedPorts: "base-lost",
});
