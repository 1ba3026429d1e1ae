// MARK: every form saves as --set-xmark value/mask (verified with run-real, oracle/mark.sh and
// the shared cases target-mark, mark-match-and-target-save).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const MANGLE = { table: "mangle", chain: "PREROUTING" } as const;

describe("MARK", () => {
  it.each([
    [["--set-mark", "1"], "--set-xmark 0x1/0xffffffff", "MARK set 0x1"],
    [["--set-mark", "0x10/0xff"], "--set-xmark 0x10/0xff", "MARK xset 0x10/0xff"],
    [["--set-xmark", "0x4000/0x4000"], "--set-xmark 0x4000/0x4000", "MARK or 0x4000"],
    [["--and-mark", "0xff"], "--set-xmark 0x0/0xffffff00", "MARK and 0xff"],
    [["--or-mark", "0x2"], "--set-xmark 0x2/0x2", "MARK or 0x2"],
    [["--xor-mark", "0x3"], "--set-xmark 0x3/0x0", "MARK xor 0x3"],
    [["--set-mark", "0"], "--set-xmark 0x0/0xffffffff", "MARK and 0x0"],
    [["--set-mark", "010"], "--set-xmark 0x8/0xffffffff", "MARK set 0x8"],
  ])("%j saves as %s and lists as %s", (words, save, list) => {
    expect(saveText("MARK", words, MANGLE)).toBe(`-j MARK ${save}`);
    expect(listText("MARK", words, false, MANGLE)).toBe(list);
  });

  it("reports errors like iptables", () => {
    expect(failure("MARK", [], MANGLE).stderr).toBe(
      "iptables v1.8.9 (nf_tables): MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required\n" +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
    );
    expect(failure("MARK", ["--or-mark", "2", "--set-mark", "1"], MANGLE).stderr).toContain(
      'MARK: option "--set-mark" cannot be used together with "--or-mark".\n\n',
    );
    expect(failure("MARK", ["--set-mark", "zz"], MANGLE).stderr).toContain(
      'MARK: bad integer value for option "--set-mark", or out of range.',
    );
    expect(failure("MARK", ["--set-mark", "1x"], MANGLE).stderr).toContain('MARK: trailing garbage after value for option "--set-mark".');
    expect(failure("MARK", ["--and-mark", "1/2"], MANGLE).stderr).toContain(
      'MARK: bad value for option "--and-mark", or out of range (0-4294967295).',
    );
  });

  it("works in any table", () => {
    expect(target("MARK").tables).toBeUndefined();
    expect(() => build("MARK", ["--set-mark", "7"])).not.toThrow();
  });

  it("changes the packet mark and continues", () => {
    const ext = target("MARK");
    const pkt = packet({ mark: 0x1234 });
    expect(ext.action(build("MARK", ["--or-mark", "0x4000"]), pkt, context(), {})).toEqual({ kind: "CONTINUE" });
    expect(pkt.mark).toBe(0x5234);
    ext.action(build("MARK", ["--and-mark", "0xff"]), pkt, context(), {});
    expect(pkt.mark).toBe(0x34);
    ext.action(build("MARK", ["--set-mark", "0x10/0xf0"]), pkt, context(), {});
    expect(pkt.mark).toBe(0x14);
    ext.action(build("MARK", ["--xor-mark", "0xffffffff"]), pkt, context(), {});
    expect(pkt.mark).toBe(0xffffffeb);
  });
});
