// CONNMARK: save/-L forms verified with run-real (oracle/mark.sh, shared case
// mark-match-and-target-save).
import { describe, expect, it } from "vitest";
import type { ConntrackView } from "../../../src/netfilter/types.js";
import { build, context, failure, listText, packet, recorder, saveText, target } from "./harness.js";

function tracked(state: ConntrackView["state"]) {
  const view = { state, dir: "ORIGINAL", mark: 0 } as ConntrackView;
  return context({ conntrack: view });
}

describe("CONNMARK", () => {
  it.each([
    [["--save-mark"], "--save-mark --nfmask 0xffffffff --ctmask 0xffffffff", "CONNMARK save"],
    [["--restore-mark"], "--restore-mark --nfmask 0xffffffff --ctmask 0xffffffff", "CONNMARK restore"],
    [["--save-mark", "--mask", "0xff"], "--save-mark --nfmask 0xff --ctmask 0xff", "CONNMARK save mask 0xff"],
    [["--restore-mark", "--nfmask", "0xf", "--ctmask", "0xf0"], "--restore-mark --nfmask 0xf --ctmask 0xf0", "CONNMARK restore ctmask 0xf0 nfmask ~0xf"],
    [["--save-mark", "--nfmask", "0xf"], "--save-mark --nfmask 0xf --ctmask 0xffffffff", "CONNMARK save nfmask 0xf ctmask ~0xffffffff"],
    [["--set-mark", "5"], "--set-xmark 0x5/0xffffffff", "CONNMARK set 0x5"],
    [["--set-mark", "5/0xff"], "--set-xmark 0x5/0xff", "CONNMARK xset 0x5/0xff"],
    [["--and-mark", "0xff"], "--set-xmark 0x0/0xffffff00", "CONNMARK and 0xff"],
    [["--restore-mark", "--right-shift-mark", "8", "--mask", "0xff00"], "--restore-mark --nfmask 0xff00 --ctmask 0xff00 --right-shift-mark 8", "CONNMARK restore mask 0xff00 right-shift-mark 8"],
  ])("%j saves as %s and lists as %s", (words, save, list) => {
    expect(saveText("CONNMARK", words)).toBe(`-j CONNMARK ${save}`);
    expect(listText("CONNMARK", words, true)).toBe(list);
  });

  it("reports errors like iptables", () => {
    expect(failure("CONNMARK", ["--mask", "0xff"]).stderr).toBe(
      "iptables v1.8.9 (nf_tables): CONNMARK target: No operation specified\n" +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
    );
    expect(failure("CONNMARK", ["--save-mark", "--mask", "0xff", "--ctmask", "0xf"]).stderr).toContain(
      'CONNMARK: option "--ctmask" cannot be used together with "--mask".',
    );
    expect(failure("CONNMARK", ["--save-mark", "--left-shift-mark", "33"]).stderr).toContain(
      'CONNMARK: bad value for option "--left-shift-mark", or out of range (0-32).',
    );
  });

  it("saves the packet mark into the connection and restores it", () => {
    const ext = target("CONNMARK");
    const effects = recorder(0xab000000);
    const pkt = packet({ mark: 0x1234 });
    const ctx = tracked("ESTABLISHED");
    expect(ext.action(build("CONNMARK", ["--save-mark", "--mask", "0xff"]), pkt, ctx, effects)).toEqual({ kind: "CONTINUE" });
    expect(effects.ctmark).toBe(0xab000034);
    const back = packet({ mark: 0xffff0000 });
    ext.action(build("CONNMARK", ["--restore-mark", "--nfmask", "0xffff", "--ctmask", "0xff"]), back, ctx, effects);
    expect(back.mark).toBe(0xffff0034);
    ext.action(build("CONNMARK", ["--set-mark", "1", "--left-shift-mark", "4"]), pkt, ctx, effects);
    expect(effects.ctmark).toBe(0x10);
  });

  it("does nothing without a connection", () => {
    const pkt = packet({ mark: 5 });
    const restore = build("CONNMARK", ["--restore-mark"]);
    expect(target("CONNMARK").action(restore, pkt, context(), recorder(7))).toEqual({ kind: "CONTINUE" });
    for (const state of ["UNTRACKED", "INVALID"] as const) {
      const effects = recorder(7);
      target("CONNMARK").action(restore, pkt, tracked(state), effects);
      target("CONNMARK").action(build("CONNMARK", ["--set-mark", "9"]), pkt, tracked(state), effects);
      expect(effects.ctmark).toBe(7);
    }
    expect(pkt.mark).toBe(5);
  });
});
