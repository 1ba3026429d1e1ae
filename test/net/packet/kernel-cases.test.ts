// Packet-path behaviours checked against transcripts recorded on the real kernel with
// run-real (kernel-cases/NAME.sh + NAME.expected.json): bridged frames under br_netfilter,
// REJECT replies and routing errors from a router, ICMP error rate limits, INVALID ACKs,
// owner/LOG/legacy hook order, SYN retransmission, ICMP errors NATed back through DNAT.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCases, runCase } from "../../oracle/transcripts.js";

const DIR = join(import.meta.dirname, "kernel-cases");

describe("packet path against recorded kernel transcripts", () => {
  for (const name of listCases(DIR)) {
    it(name, () => {
      const { pass, report } = runCase(DIR, name);
      expect(pass, report).toBe(true);
    });
  }
});
