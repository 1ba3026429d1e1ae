// iptables-restore-translate: the nft script for an iptables-save file, as recorded from
// iptables 1.8.9 (the header carries the real date, so tests look below it).
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import type { CommandContext, Vfs } from "../../src/shell/types.js";
import { runRestoreTranslate } from "../../src/iptables/translate-restore.js";

const USAGE =
  "iptables-restore-translate 1.8.9 (c) 2014 by Pablo Neira Ayuso <pablo@netfilter.org>\n" +
  "Usage: iptables-restore-translate [-h] [-f <FILE>] [-V]\n\t[ --help ]\n\t[ --file=<FILE> ]\n\t[ --version ]\n";

/** Runs the tool with `files` as the whole filesystem. */
function run(argv: string[], files: Record<string, string> = {}) {
  const fs = { readFile: (p: string) => files[p], isDir: (p: string) => p === "/tmp" } as unknown as Vfs;
  const ctx = { argv, stdin: "", env: {}, cwd: "/tmp", world: createWorld(), netns: "", fs } as unknown as CommandContext;
  return runRestoreTranslate(ctx);
}

function translate(file: string) {
  const r = run(["iptables-restore-translate", "-f", "/tmp/f"], { "/tmp/f": file });
  const [header, ...rest] = r.stdout.split("\n");
  return { ...r, header, body: rest.join("\n") };
}

describe("iptables-restore-translate", () => {
  it("prints tables, base chains with hook and priority, user chains and rules", () => {
    const r = translate("*nat\n:PREROUTING ACCEPT [0:0]\n:POSTROUTING DROP [0:0]\n:x - [0:0]\n-A POSTROUTING -o eth0 -j MASQUERADE\nCOMMIT\n*mangle\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n");
    expect(r.header).toMatch(/^# Translated by iptables-restore-translate v1\.8\.9 on \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/);
    expect(r.body).toMatch(
      /^add table ip nat\nadd chain ip nat PREROUTING \{ type nat hook prerouting priority -100; policy accept; \}\n/,
    );
    expect(r.body).toContain("add chain ip nat POSTROUTING { type nat hook postrouting priority 100; policy drop; }\nadd chain ip nat x\n");
    expect(r.body).toContain('add rule ip nat POSTROUTING oifname "eth0" counter masquerade\n');
    expect(r.body).toContain("add chain ip mangle OUTPUT { type route hook output priority -150; policy accept; }\n# Completed on ");
    expect(r.rc).toBe(0);
  });

  it("echoes an untranslatable rule as a comment and numbers connlimit sets through the file", () => {
    const r = translate("*filter\n-A INPUT -m recent --set\n-A INPUT -m connlimit --connlimit-above 2\n-A INPUT -m connlimit --connlimit-above 3\n");
    expect(r.body).toContain("# -t filter -A INPUT -m recent --set \n");
    expect(r.body).toContain("add set ip filter connlimit0 {");
    expect(r.body).toContain("add set ip filter connlimit1 {");
  });

  it("fails a line the translator has no text for, with errno only after a -N", () => {
    expect(translate("*filter\n-Z\n").stderr).toBe("iptables-translate-restore: line 2 failed\n");
    const after = translate("*filter\n-N x\n-P INPUT DROP\n");
    expect(after.stderr).toBe("iptables-translate-restore: line 3 failed: No chain/target/match by that name.\n");
    expect(after.rc).toBe(1);
    expect(after.body).toBe("add table ip filter\nadd chain ip filter x\n");
  });

  it("reports parse errors with the line and its own program name", () => {
    const r = translate("*filter\n-A INPUT -p tcp --dport 99999 -j ACCEPT\n");
    expect(r.stderr).toBe(
      "iptables-translate-restore v1.8.9 (nf_tables): invalid port/service `99999' specified\nError occurred at line: 2\n" +
        "Try `iptables-translate-restore -h' or 'iptables-translate-restore --help' for more information.\n",
    );
    expect(r.rc).toBe(2);
  });

  it("needs -f: stdin and plain file arguments are not read", () => {
    const r = run(["iptables-restore-translate", "/tmp/x"]);
    expect(r.stderr).toBe(`ERROR: missing file name\n${USAGE}`);
    expect(r.rc).toBe(1);
    expect(run(["iptables-restore-translate", "-h"]).rc).toBe(1);
    expect(run(["iptables-restore-translate", "-f", "/nope"]).stderr).toBe("Cannot open file /nope\n");
    expect(run(["ip6tables-restore-translate", "--version"]).stdout).toBe("ip6tables-restore-translate v1.8.9\n");
    // a directory opens and reads as an empty file
    expect(run(["iptables-restore-translate", "--fi=/tmp"]).stdout).toMatch(/^# Translated by .*\n# Completed on .*\n$/);
  });
});
