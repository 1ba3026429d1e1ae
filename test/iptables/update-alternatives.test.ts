// update-alternatives --set/--auto/--config on the iptables family. These change a machine's
// alternatives, so they were never run on the oracle host: the texts, exit codes and menu layout
// follow dpkg 1.21.22's utils/update-alternatives.c (alternative_set_manual, alternative_set_auto,
// alternative_select_choice, alternative_update). The read-only views are recorded cases
// (test/oracle/cases/extra/cli/g6-alternatives-*.sh).
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";
import type { CommandResult } from "../../src/shell/types.js";

function session(): Session {
  return new Session(createWorld(), { mode: "script", cwd: "/tmp" });
}

function run(s: Session, line: string): CommandResult {
  return s.run(line);
}

const USING_LEGACY = "update-alternatives: using /usr/sbin/iptables-legacy to provide /usr/sbin/iptables (iptables) in manual mode\n";

const MENU_AUTO = `There are 2 choices for the alternative iptables (providing /usr/sbin/iptables).

  Selection    Path                       Priority   Status
------------------------------------------------------------
* 0            /usr/sbin/iptables-nft      20        auto mode
  1            /usr/sbin/iptables-legacy   10        manual mode
  2            /usr/sbin/iptables-nft      20        manual mode

Press <enter> to keep the current choice[*], or type selection number: `;

describe("update-alternatives --set", () => {
  it("switches iptables and its slaves to legacy, in manual mode, and says so once", () => {
    const s = session();
    expect(run(s, "update-alternatives --set iptables /usr/sbin/iptables-legacy")).toEqual({ stdout: USING_LEGACY, stderr: "", rc: 0 });
    expect(run(s, "update-alternatives --get-selections | grep '^iptables '").stdout).toBe(
      "iptables                       manual   /usr/sbin/iptables-legacy\n",
    );
    expect(run(s, "readlink /etc/alternatives/iptables-save; readlink -f /usr/sbin/iptables-restore").stdout).toBe(
      "/usr/sbin/iptables-legacy-save\n/usr/sbin/xtables-legacy-multi\n",
    );
    // the same choice again: nothing to say (dpkg only reports a changed target)
    expect(run(s, "update-alternatives --set iptables /usr/sbin/iptables-legacy")).toEqual({ stdout: "", stderr: "", rc: 0 });
    // ip6tables is a group of its own
    expect(run(s, "ip6tables -V").stdout).toBe("ip6tables v1.8.9 (nf_tables)\n");
  });

  it("makes plain iptables, iptables-save and iptables-restore the legacy backend", () => {
    const s = session();
    run(s, "update-alternatives --set iptables /usr/sbin/iptables-legacy");
    expect(run(s, "iptables -V; iptables-save -V; iptables-restore -V").stdout).toBe(
      "iptables v1.8.9 (legacy)\niptables-save v1.8.9 (legacy)\niptables-restore v1.8.9 (legacy)\n",
    );
    run(s, "iptables -N FROM_PLAIN");
    expect(run(s, "iptables-legacy -S FROM_PLAIN").stdout).toBe("-N FROM_PLAIN\n");
    expect(run(s, "iptables-nft -S FROM_PLAIN").rc).not.toBe(0);
    run(s, "printf '*filter\\n:RESTORED - [0:0]\\nCOMMIT\\n' | iptables-restore -n");
    expect(run(s, "iptables-legacy-save -t filter | grep -c RESTORED").stdout).toBe("1\n");
  });

  it("records manual mode in dpkg's admin file and runs the program through /etc/alternatives", () => {
    const s = session();
    run(s, "update-alternatives --set iptables /usr/sbin/iptables-legacy");
    expect(run(s, "head -2 /var/lib/dpkg/alternatives/iptables").stdout).toBe("manual\n/usr/sbin/iptables\n");
    expect(run(s, "/etc/alternatives/iptables -V; /usr/sbin/iptables-save -V").stdout).toBe("iptables v1.8.9 (legacy)\niptables-save v1.8.9 (legacy)\n");
    expect(run(s, "stat -c %N /etc/alternatives/iptables-restore").stdout).toBe("'/etc/alternatives/iptables-restore' -> '/usr/sbin/iptables-legacy-restore'\n");
  });

  it("setting the nft choice by hand keeps manual mode without a message", () => {
    const s = session();
    expect(run(s, "update-alternatives --set iptables /usr/sbin/iptables-nft")).toEqual({ stdout: "", stderr: "", rc: 0 });
    expect(run(s, "update-alternatives --query iptables | grep Status").stdout).toBe("Status: manual\n");
  });

  it("refuses a path that is no choice, a relative path and a name with a slash, exit 2", () => {
    const s = session();
    expect(run(s, "update-alternatives --set iptables /usr/sbin/iptables-foo")).toEqual({
      stdout: "",
      stderr: "update-alternatives: error: alternative /usr/sbin/iptables-foo for iptables not registered; not setting\n",
      rc: 2,
    });
    expect(run(s, "update-alternatives --set iptables iptables-legacy").stderr).toBe(
      "update-alternatives: error: alternative path is not absolute as it should be: iptables-legacy\n",
    );
    expect(run(s, "update-alternatives --set nosuch /usr/sbin/x")).toMatchObject({ stderr: "update-alternatives: error: no alternatives for nosuch\n", rc: 2 });
    expect(run(s, "update-alternatives --set iptables")).toMatchObject({
      stderr: "update-alternatives: --set needs <name> <path>\n\nUse 'update-alternatives --help' for program usage information.\n",
      rc: 2,
    });
    expect(run(s, "update-alternatives --set a/b /x").stderr).toBe("update-alternatives: error: alternative name (a/b) must not contain '/' and spaces\n");
    // nothing changed
    expect(run(s, "iptables -V").stdout).toBe("iptables v1.8.9 (nf_tables)\n");
  });

  it("--quiet keeps the message back", () => {
    const s = session();
    expect(run(s, "update-alternatives --quiet --set iptables /usr/sbin/iptables-legacy").stdout).toBe("");
    expect(run(s, "iptables -V").stdout).toBe("iptables v1.8.9 (legacy)\n");
  });
});

describe("the Kubernetes docs' switch to legacy", () => {
  it("works through sudo for iptables and ip6tables; arptables and ebtables have no legacy choice on Debian 12", () => {
    const s = session();
    expect(run(s, "sudo update-alternatives --set ip6tables /usr/sbin/ip6tables-legacy").stdout).toBe(
      "update-alternatives: using /usr/sbin/ip6tables-legacy to provide /usr/sbin/ip6tables (ip6tables) in manual mode\n",
    );
    expect(run(s, "ip6tables -V; ip6tables-save -V; iptables -V").stdout).toBe("ip6tables v1.8.9 (legacy)\nip6tables-save v1.8.9 (legacy)\niptables v1.8.9 (nf_tables)\n");
    expect(run(s, "update-alternatives --set arptables /usr/sbin/arptables-legacy")).toEqual({
      stdout: "",
      stderr: "update-alternatives: error: alternative /usr/sbin/arptables-legacy for arptables not registered; not setting\n",
      rc: 2,
    });
    expect(run(s, "update-alternatives --set ebtables /usr/sbin/ebtables-legacy").rc).toBe(2);
  });
});

describe("update-alternatives --auto", () => {
  it("goes back to the best choice (nft, priority 20) and says so", () => {
    const s = session();
    run(s, "update-alternatives --set iptables /usr/sbin/iptables-legacy");
    expect(run(s, "update-alternatives --auto iptables")).toEqual({
      stdout: "update-alternatives: using /usr/sbin/iptables-nft to provide /usr/sbin/iptables (iptables) in auto mode\n",
      stderr: "",
      rc: 0,
    });
    expect(run(s, "iptables -V").stdout).toBe("iptables v1.8.9 (nf_tables)\n");
    expect(run(s, "update-alternatives --display iptables | head -1").stdout).toBe("iptables - auto mode\n");
  });

  it("is silent when the target stays", () => {
    const s = session();
    expect(run(s, "update-alternatives --auto iptables")).toEqual({ stdout: "", stderr: "", rc: 0 });
    run(s, "update-alternatives --set ip6tables /usr/sbin/ip6tables-nft");
    expect(run(s, "update-alternatives --auto ip6tables").stdout).toBe("");
    expect(run(s, "update-alternatives --query ip6tables | grep Status").stdout).toBe("Status: auto\n");
  });
});

describe("update-alternatives --config", () => {
  it("shows the menu with the current choice starred and takes the number read from stdin", () => {
    const s = session();
    expect(run(s, "echo 1 | update-alternatives --config iptables")).toEqual({ stdout: MENU_AUTO + USING_LEGACY, stderr: "", rc: 0 });
    expect(run(s, "iptables-save -V").stdout).toBe("iptables-save v1.8.9 (legacy)\n");
    const again = run(s, "update-alternatives --config iptables < /dev/null").stdout;
    expect(again).toContain("* 1            /usr/sbin/iptables-legacy   10        manual mode\n");
    expect(again).toContain("  0            /usr/sbin/iptables-nft      20        auto mode\n");
  });

  it("keeps everything on end of input or an empty line", () => {
    const s = session();
    expect(run(s, "update-alternatives --config iptables < /dev/null")).toEqual({ stdout: MENU_AUTO, stderr: "", rc: 0 });
    expect(run(s, "echo | update-alternatives --config iptables")).toEqual({ stdout: MENU_AUTO, stderr: "", rc: 0 });
    expect(run(s, "iptables -V").stdout).toBe("iptables v1.8.9 (nf_tables)\n");
  });

  it("asks again after a selection it cannot use, and accepts a path", () => {
    const s = session();
    const r = run(s, "printf '7\\nfoo\\n/usr/sbin/iptables-legacy\\n' | update-alternatives --config iptables");
    expect(r.stdout).toBe(MENU_AUTO.repeat(3) + USING_LEGACY);
    expect(r.rc).toBe(0);
  });

  it("0 returns to auto mode", () => {
    const s = session();
    run(s, "update-alternatives --set iptables /usr/sbin/iptables-legacy");
    const r = run(s, "echo 0 | update-alternatives --config iptables");
    expect(r.stdout.endsWith("update-alternatives: using /usr/sbin/iptables-nft to provide /usr/sbin/iptables (iptables) in auto mode\n")).toBe(true);
    expect(r.stdout).toContain("* 1            /usr/sbin/iptables-legacy");
  });

  it("a group with one choice still shows its menu", () => {
    const r = run(session(), "update-alternatives --config ebtables < /dev/null");
    expect(r.stdout.split("\n").slice(0, 6)).toEqual([
      "There is 1 choice for the alternative ebtables (providing /usr/sbin/ebtables).",
      "",
      "  Selection    Path                    Priority   Status",
      "------------------------------------------------------------",
      "* 0            /usr/sbin/ebtables-nft   20        auto mode",
      "  1            /usr/sbin/ebtables-nft   20        manual mode",
    ]);
  });

  it("--skip-auto only displays a group in auto mode", () => {
    const r = run(session(), "update-alternatives --skip-auto --config iptables");
    expect(r.stdout.split("\n")[0]).toBe("iptables - auto mode");
  });
});

describe("the selection is world state", () => {
  it("survives structuredClone of the world", () => {
    const world = createWorld();
    new Session(world, { mode: "script", cwd: "/tmp" }).run("update-alternatives --set iptables /usr/sbin/iptables-legacy");
    const copy = new Session(structuredClone(world), { mode: "script", cwd: "/tmp" });
    expect(copy.run("iptables -V; readlink /etc/alternatives/iptables").stdout).toBe("iptables v1.8.9 (legacy)\n/usr/sbin/iptables-legacy\n");
    // a fresh world is a fresh Debian 12 host
    expect(session().run("readlink /etc/alternatives/iptables").stdout).toBe("/usr/sbin/iptables-nft\n");
  });
});
