// Writes test/kube/oracle/kube-traffic.sh when KUBE_GOLDEN_RECORD=1; record the expected
// transcript with run-real (see golden-record.test.ts).
import { writeFileSync } from "node:fs";
import { it } from "vitest";
import { ORACLE_PODS, ORACLE_PROBES, ORACLE_SERVICES } from "./oracle-case.js";
import { buildTrafficNode } from "./traffic-world.js";

it.runIf(process.env["KUBE_GOLDEN_RECORD"] === "1")("record the kube traffic oracle case", () => {
  const node = buildTrafficNode(ORACLE_PODS, ORACLE_SERVICES);
  const text = ["# Calico-style node, kube-proxy (iptables mode) rules as our emulation writes them, traffic probes", ...node.lines, ...ORACLE_PROBES].join("\n") + "\n";
  writeFileSync(new URL("./oracle/kube-traffic.sh", import.meta.url), text);
});
