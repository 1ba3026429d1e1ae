import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProgressStore, stateDir } from "../../src/progress/store.js";
import { EMPTY_PROGRESS, recordLesson, recordScenario } from "../../src/progress/model.js";

const tmp = () => mkdtempSync(join(tmpdir(), "nettutor-progress-"));

describe("progress store", () => {
  it("picks NETTUTOR_HOME, then XDG_STATE_HOME/nettutor, then ~/.local/state/nettutor", () => {
    expect(stateDir({ NETTUTOR_HOME: "/a", XDG_STATE_HOME: "/b", HOME: "/h" })).toBe("/a");
    expect(stateDir({ XDG_STATE_HOME: "/b", HOME: "/h" })).toBe("/b/nettutor");
    expect(stateDir({ HOME: "/h" })).toBe("/h/.local/state/nettutor");
  });

  it("starts empty, saves and loads back, creating the folder, leaving no temp file", () => {
    const dir = join(tmp(), "deep", "state");
    const store = new ProgressStore(dir);
    expect(store.load()).toEqual({ progress: EMPTY_PROGRESS });
    const p = recordScenario(EMPTY_PROGRESS, "s1", { commandLog: ["iptables -P INPUT DROP"], history: ["ls"] });
    expect(store.save(p)).toBeUndefined();
    expect(readdirSync(dir)).toEqual(["progress.json"]);
    expect(store.load().progress).toEqual(p);
  });

  it("moves a corrupt file aside with a warning and starts afresh", () => {
    const dir = tmp();
    const store = new ProgressStore(dir);
    writeFileSync(store.file, "{ not json");
    const first = store.load();
    expect(first.progress).toEqual(EMPTY_PROGRESS);
    expect(first.warning).toMatch(/unreadable; moved it to .*progress\.json\.corrupt/);
    expect(readFileSync(join(dir, "progress.json.corrupt"), "utf8")).toBe("{ not json");
    writeFileSync(store.file, JSON.stringify({ version: 7 }));
    expect(store.load().warning).toContain("progress.json.corrupt.1");
  });

  it("reports a write failure as text instead of throwing", () => {
    const dir = tmp();
    writeFileSync(join(dir, "file"), "x");
    const store = new ProgressStore(join(dir, "file", "sub"));
    expect(store.save(EMPTY_PROGRESS)).toMatch(/^could not save progress/);
  });

  it("keeps the best score and a finished status", () => {
    let p = recordScenario(EMPTY_PROGRESS, "s", { status: "done", bestScore: 80 });
    p = recordScenario(p, "s", { status: "in-progress", bestScore: 50 });
    expect(p.scenarios.s).toMatchObject({ status: "done", bestScore: 80 });
    expect(p.last).toEqual({ kind: "scenario", id: "s" });
    p = recordLesson(p, "l", { page: 2 });
    expect(p.lessons.l).toEqual({ status: "in-progress", page: 2 });
    expect(p.last).toEqual({ kind: "lesson", id: "l" });
  });
});

describe("broken guards in saved progress", () => {
  it("round-trips through the store and stays optional for older files", async () => {
    const { recordScenario, EMPTY_PROGRESS } = await import("../../src/progress/model.js");
    const dir = mkdtempSync(join(tmpdir(), "nettutor-guards-"));
    const store = new ProgressStore(dir);
    expect(store.save(recordScenario(EMPTY_PROGRESS, "lockout", { status: "in-progress", brokenGuards: ["ssh-session"] }))).toBeUndefined();
    expect(store.load().progress.scenarios.lockout?.brokenGuards).toEqual(["ssh-session"]);
    writeFileSync(join(dir, "progress.json"), JSON.stringify({ version: 1, scenarios: { lockout: { status: "in-progress" } }, lessons: {} }));
    const old = store.load();
    expect(old.warning).toBeUndefined();
    expect(old.progress.scenarios.lockout?.brokenGuards).toBeUndefined();
  });
});
