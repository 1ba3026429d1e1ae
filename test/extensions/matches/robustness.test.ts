// Bad input never escapes as anything but an XtablesError, and whatever parses can be saved,
// listed and evaluated. Runs every option of every registered match over awkward arguments.
import { describe, expect, it } from "vitest";
import { allMatches } from "../../../src/netfilter/registry.js";
import { XtablesError } from "../../../src/netfilter/xtables-error.js";
import { context, packet } from "./helpers.js";

const AWKWARD = ["", "-", "!", "abc", "0", "1", "65535", "65536", "1:2", "2:1", "1:2:3", ":", "0x10/0xff", "a,b,,c", "999999999999999999999999", "-5", "1.2.3.4", "300.1.1.1", "10.0.0.0/8", "ALL", "NONE", "|41|", "é", " 22"];

describe("every match survives awkward input", () => {
  for (const ext of allMatches()) {
    it(ext.name, () => {
      for (const option of ext.options) {
        for (const arg of AWKWARD) {
          for (const invert of [false, true]) {
            for (const proto of [0, 6, 17, 132]) {
              const data = ext.init();
              const rule = { proto, protoInvert: false, srcInvert: false, dstInvert: false, inIfaceInvert: false, outIfaceInvert: false, frag: "any", matches: [], action: { kind: "none" }, counters: { pkts: 0n, bytes: 0n } } as never;
              // The front end always passes as many words as the option declares.
              const args = Array.from({ length: option.args }, (_, i) => (i === 0 ? arg : "SYN"));
              try {
                ext.parse(data, { option: option.name, args, invert, rule, table: "filter" });
                ext.finalCheck?.(data, { rule, table: "filter", chain: "INPUT" });
                ext.checkEntry?.(data, { rule, table: "filter", chain: "INPUT" });
              } catch (err) {
                expect(err, `${ext.name} --${option.name} ${JSON.stringify(arg)}`).toBeInstanceOf(XtablesError);
                continue;
              }
              expect(typeof ext.save(data)).toBe("string");
              expect(typeof ext.print(data, { numeric: false })).toBe("string");
              expect(typeof ext.print(data, { numeric: true })).toBe("string");
              expect(typeof ext.match(data, packet({ proto }), context())).toBe("boolean");
              expect(() => structuredClone(data)).not.toThrow();
            }
          }
        }
      }
    });
  }
});
