import { describe, expect, it } from "vitest";
import { build, context, ext, failure, packet, texts } from "./helpers.js";

describe("hashlimit match (oracle: b4)", () => {
  it.each([
    [["--hashlimit-upto", "5/sec", "--hashlimit-name", "foo"], "--hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name foo", "limit: up to 5/sec burst 5"],
    [["--hashlimit-above", "100/min", "--hashlimit-burst", "10", "--hashlimit-mode", "srcip,dstport", "--hashlimit-name", "bar", "--hashlimit-htable-expire", "60000"], "--hashlimit-above 100/min --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-name bar", "limit: above 100/min burst 10 mode srcip-dstport"],
    [["--hashlimit", "5", "--hashlimit-name", "baz"], "--hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name baz", "limit: up to 5/sec burst 5"],
    [["--hashlimit-upto", "1000kb/s", "--hashlimit-name", "bytes"], "--hashlimit-upto 1000kb/s --hashlimit-name bytes", "limit: up to 1000kb/s"],
    [["--hashlimit-upto", "5/hour", "--hashlimit-mode", "srcip", "--hashlimit-srcmask", "24", "--hashlimit-name", "m"], "--hashlimit-upto 5/hour --hashlimit-burst 5 --hashlimit-mode srcip --hashlimit-name m --hashlimit-srcmask 24", "limit: up to 5/hour burst 5 mode srcip srcmask 24"],
  ])("%j", (words, save, list) => {
    expect(texts("hashlimit", words)).toEqual({ save, list, numeric: list });
  });

  it.each([
    [["--hashlimit-upto", "5/sec"], 'hashlimit: option "--hashlimit-name" must be specified\n'],
    [["--hashlimit-upto", "5/hour", "--hashlimit-mode", "foo", "--hashlimit-name", "m"], 'hashlimit: Bad value for "--hashlimit-mode" option: "foo"'],
    [["--hashlimit-name", "m"], "You have to specify --hashlimit"],
  ])("error %j", (words, message) => expect(failure("hashlimit", words)).toBe(`${message}|2`));

  it("keeps one bucket per flow of the chosen mode", () => {
    const e = ext("hashlimit");
    const data = build("hashlimit", ["--hashlimit-upto", "1/sec", "--hashlimit-burst", "2", "--hashlimit-mode", "srcip", "--hashlimit-name", "t"]);
    const ctx = (now: number) => context({ now });
    const a = packet({ src: 1 });
    const b = packet({ src: 2 });
    expect([e.match(data, a, ctx(0)), e.match(data, a, ctx(1)), e.match(data, a, ctx(2))]).toEqual([true, true, false]);
    expect(e.match(data, b, ctx(3))).toBe(true);
    expect(e.match(data, a, ctx(1002))).toBe(true);
    const above = build("hashlimit", ["--hashlimit-above", "1/sec", "--hashlimit-burst", "1", "--hashlimit-name", "u"]);
    expect([e.match(above, a, ctx(0)), e.match(above, a, ctx(1))]).toEqual([false, true]);
  });
});
