// Every extension's options with odd values, through every iptables front end: whatever the
// verdict, the answer must be iptables' own text. A JavaScript message ("Cannot read properties
// of undefined …") under iptables' name is a crash the front end caught.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allMatches, allTargets } from "../../src/netfilter/registry.js";
import { scriptSession } from "../shell/helpers.js";

const CRASH = /internal error|Cannot read propert|is not a function|is not iterable|Maximum call stack|\[object Object\]|\bNaN\b/;
const FRONT_ENDS = ["iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy", "iptables-translate", "ip6tables-translate"];
const PLACES = ["-A INPUT", "-I INPUT", "-C INPUT", "-D INPUT", "-t nat -A PREROUTING", "-t nat -A POSTROUTING", "-t mangle -A OUTPUT", "-t raw -A PREROUTING"];
const PROTOCOLS = ["", "-p tcp", "-p udp", "-p icmp", "-p icmpv6", "-p sctp", "-p dccp", "-p all", "! -p tcp"];
const VALUES = ["0", "1", "-1", "65535", "65536", "4294967295", "4294967296", "0x10", "0xffffffff/0xff", "1/2", "a,b", "1:2", ":", ",", "''", "10.0.0.1", "10.0.0.0/8", "::1", "2001:db8::/32", "eth+", "+", "x", "1.5", "1e3", "toString", "1-2", "10.0.0.1-10.0.0.5", "10.0.0.1:80", "[::1]:80", "1/sec", "ALL", "SYN,ACK", "NEW,ESTABLISHED", "-", "%"];

const extensions = [...allMatches().map((e) => ({ e, flag: "-m" })), ...allTargets().map((e) => ({ e, flag: "-j" }))];

const option = fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom(...VALUES));
const extension = fc.tuple(fc.constantFrom(...extensions), fc.array(option, { maxLength: 3 }));

describe("extension option soup", () => {
  it("never answers with a JavaScript error, on any front end", () => {
    let s = scriptSession();
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...FRONT_ENDS), fc.constantFrom(...PLACES), fc.constantFrom(...PROTOCOLS), fc.array(extension, { minLength: 1, maxLength: 3 }), (front, place, proto, exts) => {
        if (++runs % 300 === 0) s = scriptSession();
        const words = [front, place, proto];
        for (const [{ e, flag }, opts] of exts) {
          words.push(`${flag} ${e.name}`);
          for (const [n, invert, value] of opts) {
            const opt = e.options[n % Math.max(1, e.options.length)];
            if (!opt) continue;
            words.push(`${invert ? "! " : ""}--${opt.name}${opt.args === 0 ? "" : ` ${value}`}`);
          }
        }
        const line = words.filter(Boolean).join(" ");
        const r = s.run(line);
        expect(r.stdout + r.stderr, line).not.toMatch(CRASH);
      }),
      { numRuns: 1500, seed: 13 },
    );
  });
  it("never answers with a JavaScript error for an empty, blank or list-like value of any option", () => {
    // values a save line can carry (an empty list saves as a bare option), translated and listed
    const s = scriptSession();
    for (const { e, flag } of extensions) {
      for (const opt of e.options) {
        for (const value of opt.args === 0 ? [""] : ["''", ",", "0"]) {
          for (const front of ["iptables", "ip6tables", "iptables-translate", "ip6tables-translate"]) {
            const line = `${front} -A INPUT -p tcp ${flag} ${e.name} --${opt.name} ${value}`;
            const r = s.run(line);
            expect(r.stdout + r.stderr, line).not.toMatch(CRASH);
          }
        }
      }
      // what was accepted is also listed every way (each extension's print code)
      for (const list of ["iptables -L -n -v", "iptables -L", "ip6tables -L -n", "ip6tables -S"]) {
        const r = s.run(list);
        expect(r.stdout + r.stderr, `${e.name}: ${list}`).not.toMatch(CRASH);
      }
      s.run("iptables -F");
      s.run("ip6tables -F");
    }
    const saved = s.run("iptables-save").stdout;
    const r = s.run("iptables-restore-translate", saved);
    expect(r.stdout + r.stderr).not.toMatch(CRASH);
  });
});
