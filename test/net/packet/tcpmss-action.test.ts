// -j TCPMSS as the packet path runs it (tcpmss_mangle_packet); the end-to-end behaviour is in
// kernel-cases/tcpmss-set-and-clamp (recorded with run-real).
import { describe, expect, it } from "vitest";
import type { HookContext, Packet } from "../../../src/netfilter/types.js";
import { build, context, packet, target } from "../../extensions/targets/harness.js";

const FWD = { table: "mangle", chain: "FORWARD", proto: 6 } as const;
const run = (args: string[], pkt: Packet, ctx: HookContext = context()) => target("TCPMSS").action(build("TCPMSS", args, FWD), pkt, ctx, {});
const withMtus = (out?: number, back?: number) =>
  ({ ...context(), pathMtus: () => ({ ...(out !== undefined ? { out } : {}), ...(back !== undefined ? { back } : {}) }) }) as HookContext;

describe("TCPMSS action", () => {
  it("lowers an MSS option but never raises it", () => {
    const syn = packet({ tcpMss: 1460, length: 60 });
    expect(run(["--set-mss", "1000"], syn)).toEqual({ kind: "CONTINUE" });
    expect([syn.tcpMss, syn.length]).toEqual([1000, 60]);
    const small = packet({ tcpMss: 536 });
    run(["--set-mss", "1400"], small);
    expect(small.tcpMss).toBe(536);
  });

  it("adds a 536-capped option to a segment without one and without data, not to data", () => {
    const ack = packet({ tcpFlags: 0x10, length: 52 });
    run(["--set-mss", "1000"], ack);
    expect([ack.tcpMss, ack.length]).toEqual([536, 56]);
    const data = packet({ tcpFlags: 0x18, length: 99, payload: "x" });
    run(["--set-mss", "1000"], data);
    expect([data.tcpMss, data.length]).toEqual([undefined, 99]);
  });

  it("clamps to the smaller of the out and return path MTUs, drops without a path MTU", () => {
    const syn = packet({ tcpMss: 1460 });
    expect(run(["--clamp-mss-to-pmtu"], syn, withMtus(1400, 1500))).toEqual({ kind: "CONTINUE" });
    expect(syn.tcpMss).toBe(1360);
    const back = packet({ tcpMss: 1460 });
    run(["--clamp-mss-to-pmtu"], back, withMtus(1500, 1280));
    expect(back.tcpMss).toBe(1240);
    expect(run(["--clamp-mss-to-pmtu"], packet({ tcpMss: 1460 }), withMtus(undefined, 1500)).kind).toBe("DROP");
  });
});
