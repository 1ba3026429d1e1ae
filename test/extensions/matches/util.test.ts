import { describe, expect, it } from "vitest";
import { fixedRatio } from "../../../src/netfilter/extensions/util/float.js";
import { resolveHost } from "../../../src/netfilter/extensions/util/numeric-ip.js";
import { saveString } from "../../../src/netfilter/extensions/util/quote.js";
import { strtoul, strtoulPrefix } from "../../../src/netfilter/extensions/util/strtoul.js";

describe("strtoul like xtables_strtoul", () => {
  it.each([
    ["22", 22],
    ["0x16", 22],
    ["022", 18],
    [" 22", 22],
    ["+7", 7],
    ["0", 0],
    ["18446744073709551615", 18446744073709551615],
  ])("%s", (text, value) => expect(strtoul(text)).toBe(value));
  it.each(["", "-1", "08", "0x", "22 ", "abc", "18446744073709551616"])("refuses %j", (text) => expect(strtoul(text)).toBeUndefined());
  it("reports where parsing stopped and checks the range", () => {
    expect(strtoulPrefix("0x:", 0, 255)).toEqual({ value: 0, end: 1 });
    expect(strtoulPrefix("300/1", 0, 255)).toBeUndefined();
    expect(strtoulPrefix("12:34", 0, 255)).toEqual({ value: 12, end: 2 });
    expect(strtoul("0", 1, 5)).toBeUndefined();
  });
});

describe("helpers", () => {
  it("fixedRatio rounds like glibc printf (half to even, exact)", () => {
    expect(fixedRatio(1n, 4096n, 11)).toBe("0.00024414062");
    expect(fixedRatio(3n, 4096n, 11)).toBe("0.00073242188");
    expect(fixedRatio(715827883n, 2147483648n, 11)).toBe("0.33333333349");
  });
  it("saveString quotes like xtables_save_string", () => {
    expect(saveString("abc_-1")).toBe("abc_-1");
    expect(saveString("")).toBe('""');
    expect(saveString(`a"b'c\\d`)).toBe(`"a\\"b\\'c\\\\d"`);
  });
  it("resolveHost reads inet_aton forms and /etc/hosts", () => {
    expect(resolveHost("localhost")).toBe(0x7f000001);
    expect(resolveHost("10.1")).toBe(0x0a000001);
    expect(resolveHost("0x7f.1")).toBe(0x7f000001);
    expect(resolveHost("300.1.1.1")).toBeUndefined();
    expect(resolveHost("example.org")).toBeUndefined();
  });
});
