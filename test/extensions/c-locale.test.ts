import { describe, expect, it } from "vitest";
import { asciiLower, C_SPACE, truncateUtf8, utf8Length } from "../../src/netfilter/extensions/util/utf8.js";
import { printableName } from "../../src/shell/quote.js";
import { decodeEscapes } from "../../src/shell/lexer.js";

describe("C-locale string rules", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("INPUT")).toBe(5);
    expect(utf8Length("üü")).toBe(4);
    expect(utf8Length("a\u00a0b")).toBe(4);
  });
  it("cuts kernel name buffers by UTF-8 bytes (one module for C byte strings)", () => {
    expect(truncateUtf8("short", 15)).toBe("short");
    expect(truncateUtf8("abcdefghijklmnopq", 15)).toBe("abcdefghijklmno");
    expect(truncateUtf8("üüüüüüüü", 15)).toBe("üüüüüüü\ufffd");
    expect(truncateUtf8("ü".repeat(7), 15)).toBe("ü".repeat(7));
  });
  it("lower-cases ASCII letters only and knows ASCII white space only", () => {
    expect(asciiLower("TCPÜ")).toBe("tcpÜ");
    expect(asciiLower("ÍCMPv6")).toBe("Ícmpv6");
    expect(C_SPACE.test("ACCEPT\u00a0")).toBe(false);
    expect(C_SPACE.test("a\vb")).toBe(true);
  });
  it("quotes names with unprintable bytes as bash's printable_filename", () => {
    expect(printableName("iptables")).toBe("iptables");
    expect(printableName("it's")).toBe("it's");
    expect(printableName("iptables\u00a0-A")).toBe("$'iptables\\302\\240-A'");
    expect(printableName("a\tb'c\\")).toBe("$'a\\tb\\'c\\\\'");
    expect(printableName("x\u0001")).toBe("$'x\\001'");
  });
  it("reads bytes written by escapes as UTF-8", () => {
    expect(decodeEscapes("\\xe2\\x9c\\x93 ok")).toBe("\u2713 ok");
    expect(decodeEscapes("\\303\\274")).toBe("\u00fc");
    expect(decodeEscapes("a\\xffb")).toBe("a\ufffdb");
    expect(decodeEscapes("\\x41\\t")).toBe("A\t");
  });
});
