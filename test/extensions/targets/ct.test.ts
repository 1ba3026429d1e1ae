// CT: verified with run-real (oracle/conntrack.sh, shared case target-ct-notrack).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, recorder, saveText, target } from "./harness.js";

const RAW = { table: "raw", chain: "PREROUTING" } as const;

describe("CT", () => {
  it.each([
    [["--notrack"], "-j CT --notrack", "CT notrack"],
    [[], "-j CT", "CT"],
    [["--zone", "5"], "-j CT --zone 5", "CT zone 5"],
    [["--zone-reply", "MARK"], "-j CT --zone-reply mark", "CT zone-reply mark"],
    [["--zone", "0"], "-j CT", "CT"],
    [["--notrack", "--zone", "3"], "-j CT --notrack --zone 3", "CT notrack zone 3"],
    [["--ctevents", "related,new"], "-j CT --ctevents new,related", "CT ctevents new,related"],
  ])("%j saves as %s and lists as %s", (words, save, list) => {
    expect(saveText("CT", words, RAW)).toBe(save);
    expect(listText("CT", words, false, RAW)).toBe(list);
  });

  it("checks helpers against the rule's protocol, as the kernel does", () => {
    expect(saveText("CT", ["--helper", "ftp"], { ...RAW, proto: 6 })).toBe("-j CT --helper ftp");
    const missing = "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain PREROUTING\n";
    expect(failure("CT", ["--helper", "nosuch"], { ...RAW, proto: 6 })).toEqual({ stderr: missing, rc: 4 });
    expect(failure("CT", ["--helper", "ftp"], RAW)).toEqual({ stderr: missing, rc: 4 });
    expect(failure("CT", ["--timeout", "foo"], RAW).stderr).toContain("(Invalid argument)");
  });

  it("reports parse errors like iptables", () => {
    expect(failure("CT", ["--zone", "70000"], RAW).stderr).toContain("Cannot parse 70000 as a zone ID");
    expect(failure("CT", ["--ctevents", "new,bogus"], RAW).stderr).toContain('Unknown event type "bogus"');
  });

  it("is raw-only", () => {
    expect(target("CT").tables).toEqual(["raw"]);
    expect(failure("CT", ["--notrack"], { chain: "INPUT" }).rc).toBe(4);
    expect(failure("CT", ["--notrack"], { table: "mangle", chain: "PREROUTING" }).rc).toBe(4);
  });

  it("untracks the packet and continues", () => {
    const effects = recorder();
    expect(target("CT").action(build("CT", ["--notrack"], RAW), packet(), context(), effects)).toEqual({ kind: "CONTINUE" });
    expect(effects.untracked).toBe(1);
    target("CT").action(build("CT", ["--zone", "1"], RAW), packet(), context(), effects);
    expect(effects.untracked).toBe(1);
  });
});
