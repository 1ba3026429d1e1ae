// iptables-apply's option quirks and rollback, xtables-monitor's options, as recorded from
// Debian 12 (iptables 1.8.9).
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import type { CommandContext, CommandResult, Vfs } from "../../src/shell/types.js";
import { runIptablesApply } from "../../src/iptables/apply.js";
import { runXtablesMonitor } from "../../src/iptables/monitor.js";

/** A context whose nested run() records the argv it was asked to run and answers from `answers`. */
function context(argv: string[], files: Record<string, string>, stdin = "", answers: Record<string, CommandResult> = {}) {
  const ran: string[] = [];
  const fs = {
    readFile: (p: string) => files[p],
    exists: (p: string) => p in files,
    isDir: () => false,
    writeFile: (p: string, d: string) => {
      files[p] = d;
      return undefined;
    },
  } as unknown as Vfs;
  const ctx = {
    argv,
    stdin,
    env: {},
    cwd: "/tmp",
    world: createWorld(),
    netns: "",
    fs,
    run: (sub: string[], opts?: { stdin?: string }) => {
      ran.push(`${sub.join(" ")} <${opts?.stdin ?? ""}`);
      return answers[sub[0]!] ?? { stdout: sub[0] === "iptables-save" ? "SAVED\n" : "", stderr: "", rc: 0 };
    },
  } as unknown as CommandContext;
  return { ctx, ran, files };
}

describe("iptables-apply", () => {
  it("loses its rules file to the script's shifts (one per getopt word)", () => {
    expect(runIptablesApply(context(["iptables-apply", "-t5", "/tmp/x"], {}).ctx).stderr).toBe(
      "Error: rulesfile not readable: /etc/network/iptables.up.rules\n",
    );
    expect(runIptablesApply(context(["iptables-apply", "/tmp/x", "-t", "1"], {}).ctx).stderr).toBe("Error: rulesfile not readable: 1\n");
    expect(runIptablesApply(context(["iptables-apply", "--timeout=2"], {}).ctx)).toEqual({ stdout: "", stderr: "", rc: 1 });
    expect(runIptablesApply(context(["iptables-apply", "-t", "-1", "f"], {}).ctx).rc).toBe(1);
  });

  it("applies, asks, and restores the saved rules when the answer is not yes", () => {
    const { ctx, ran } = context(["iptables-apply", "/r"], { "/r": "NEW\n" }, "n\n");
    const r = runIptablesApply(ctx);
    expect(r.stdout).toBe(
      "Applying new iptables rules from '/r'... done.\nCan you establish NEW connections to the machine? (y/N) \n" +
        "No affirmative response! Better play it safe...\nReverting to old iptables rules... done.\n",
    );
    expect(r.rc).toBe(255);
    expect(ran).toEqual(["iptables-save <", "iptables-restore <NEW\n", "iptables-restore <SAVED\n"]);
  });

  it("keeps the rules on y and writes them to the -w file", () => {
    const { ctx, files } = context(["ip6tables-apply", "-w", "/s", "/r"], { "/r": "NEW\n" }, "yes");
    const r = runIptablesApply(ctx);
    expect(r.stdout).toContain("Writing successfully applied rules to '/s'...\n... then my job is done. See you next time.\n");
    expect(r.rc).toBe(0);
    expect(files["/s"]).toBe("");
  });

  it("reports a failed restore and reverts (status 5)", () => {
    const { ctx } = context(["iptables-apply", "/r"], { "/r": "BAD\n" }, "", { "iptables-restore": { stdout: "", stderr: "E\n", rc: 2 } });
    const r = runIptablesApply(ctx);
    expect(r.stderr).toBe("E\nError: unknown error applying new iptables rules: /r\nE\n");
    expect(r.rc).toBe(2);
  });
});

describe("xtables-monitor", () => {
  const run = (...args: string[]) => runXtablesMonitor(context(["xtables-monitor", ...args], {}).ctx);
  it("prints its usage with status 1 for -h and when neither -t nor -e is given", () => {
    expect(run("-h").rc).toBe(1);
    expect(run("-4").stdout).toMatch(/^xtables-monitor 1\.8\.9 \(nf_tables\)\nUsage: xtables-monitor \[ -t \| -e \]\n/);
    expect(run("--vers").stdout).toBe("xtables-monitor 1.8.9\n");
    expect(run("-x")).toEqual({ stdout: "", stderr: "xtables-monitor 1.8.9: Bad argument.\nTry `xtables-monitor -h' for more information.\n", rc: 2 });
  });
});
