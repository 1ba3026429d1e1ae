import { describe, expect, it } from "vitest";
import { build, context, ext, packet } from "./helpers.js";

// The flows /proc/net/ipt_hashlimit/NAME and ip6t_hashlimit/NAME print (dl_seq_real_show).
describe("hashlimit flows as the proc file shows them", () => {
  const e = ext("hashlimit");
  const words = (mode: string, name: string) => ["--hashlimit-above", "2/min", "--hashlimit-burst", "2", "--hashlimit-mode", mode, "--hashlimit-name", name];
  const shown = (data: { tables: Record<string, { buckets: Record<string, { shown?: unknown }> }> }) =>
    Object.values(data.tables).flatMap((t) => Object.values(t.buckets).map((b) => b.shown));

  it("keeps the masked tuple, zero outside the mode, and the costs in microseconds", () => {
    const data = build("hashlimit", words("srcip,dstport", "v4"));
    e.match(data, packet({ src: 0x0a000002, dport: 22 }), context({ now: 0 }));
    expect(shown(data)).toEqual([{ tuple: "10.0.0.2:0->0.0.0.0:22", cost: 30_000_000, cap: 60_000_000, expireMs: 60_000 }]);
  });

  it("tells IPv6 sources apart and prints them uncompressed", () => {
    const data = { ...build("hashlimit", words("srcip", "v6")), v6: true, srcmask: 128, dstmask: 128 };
    const from = (last: number) => packet({ src: 0, dst: 0, src6: [0x2001, 0xdb8, 0, 0, 0, 0, 0, last], dst6: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1] });
    const ctx = context({ now: 0 });
    expect([e.match(data, from(2), ctx), e.match(data, from(2), ctx), e.match(data, from(2), ctx)]).toEqual([false, false, true]);
    expect(e.match(data, from(3), ctx)).toBe(false);
    expect(shown(data).map((s) => (s as { tuple: string }).tuple)).toEqual([
      "2001:0db8:0000:0000:0000:0000:0000:0002:0->0000:0000:0000:0000:0000:0000:0000:0000:0",
      "2001:0db8:0000:0000:0000:0000:0000:0003:0->0000:0000:0000:0000:0000:0000:0000:0000:0",
    ]);
  });
});
