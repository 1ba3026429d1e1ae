// The finish screen fits the terminal: title and score always on top, the checkpoint list
// scrolling below with a "more below" hint, every detail reachable and never cut.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { InputRoot } from "../../src/tui/hooks/use-raw-input.js";
import { FinishScreen } from "../../src/tui/screens/finish-screen.js";
import { wrapHanging } from "../../src/tui/text-wrap.js";
import type { ScenarioDoc } from "../../src/tui/engine-adapter.js";
import { ThemeContext } from "../../src/tui/theme.js";
import { KEYS, tick } from "./helpers.js";

afterEach(() => cleanup());

// Shaped like the real lockout report: seven checkpoints, 19 detail lines, two of them long.
const probe = (s: string) => `ok: ${s}`;
const checkpoints = [
  { title: "Unsolicited traffic is dropped", points: 15, details: [probe("scanner → 198.51.100.10:3306/tcp: timeout"), probe("scanner → 198.51.100.10:25/tcp: timeout")] },
  { title: "HTTP and HTTPS answer everyone; SSH answers new connections", points: 15, details: ["80", "443", "22"].map((p) => probe(`scanner → 198.51.100.10:${p}/tcp: connected by web-1 (saw 192.0.2.66)`)) },
  { title: "web-1 can still fetch from the mirror (replies come back in)", points: 15, details: [probe("web-1 → 198.18.0.80:80/tcp: connected by mirror (saw 198.51.100.10)")] },
  { title: "Local services on 127.0.0.1 still work", points: 10, details: [probe("web-1 → 127.0.0.1:8080/tcp: connected by web-1 (saw 127.0.0.1)")] },
  { title: "Your SSH session never dropped", points: 15, details: [probe("guard ssh-session never broke")] },
  { title: "After a reboot, the firewall is back", points: 20, details: ["3306", "80", "22", "8080", "443"].map((p) => probe(`scanner → 198.51.100.10:${p}/tcp: checked again after the reboot`)) },
  {
    title: "The counters tell the story",
    points: 10,
    details: [
      probe("scanner → 198.51.100.10:3306/tcp: timeout"),
      probe("web-1 → 198.18.0.80:80/tcp: connected by mirror (saw 198.51.100.10)"),
      probe("filter INPUT -j DROP (or its policy) counted 1 packet(s), expected >= 1 (a DROP rule or the policy saw the scanner) END-OF-DROP"),
      probe('filter INPUT -j ACCEPT rules containing "ESTABLISHED" counted 2 packet(s), expected >= 1 (a reply came back in) END-OF-EST'),
    ],
  },
].map((c, i) => ({ id: `c${i}`, passed: i !== 4, earned: i === 4 ? 0 : c.points, ...c }));
const report = { score: 85, max: 100, checkpoints };
const doc = { id: "lockout", title: "Default-deny without locking yourself out" } as ScenarioDoc;
const data = { report, elapsedMs: 125_000, hintsUsed: 1, consoleUses: 1, usedSolution: false };
const SCORE = "Score 85/100 · time 2 min 5 s · hints used 1 · console used 1×";

function renderFinish(cols: number, rows: number, plain: boolean) {
  let home = 0;
  const r = render(
    <ThemeContext.Provider value={{ plain, color: false }}>
      <InputRoot>
        <FinishScreen doc={doc} data={data} suggestions={["A pod that cannot reach the internet (intermediate, 25 min)"]} size={{ cols, rows }} onHome={() => home++} />
      </InputRoot>
    </ThemeContext.Provider>,
  );
  const frame = () => r.lastFrame() ?? "";
  return { ...r, frame, home: () => home, key: async (raw: string) => (r.stdin.write(raw), await tick()) };
}

const sizes = [
  [80, 24],
  [100, 30],
  [140, 40],
  [100, 24],
] as const;

describe.each([false, true])("finish screen (plain %s)", (plain) => {
  it.each(sizes)("at %i×%i keeps title and score on top and pages through every detail", async (cols, rows) => {
    const app = renderFinish(cols, rows, plain);
    await tick();
    const seen: string[] = [];
    for (let page = 0; page < 20; page++) {
      const lines = app.frame().split("\n");
      expect(lines.length).toBeLessThanOrEqual(rows);
      expect(lines.every((l) => l.length <= cols)).toBe(true);
      expect(lines[0]).toBe("Finished: Default-deny without locking yourself out");
      expect(lines[1]).toBe(SCORE);
      expect(lines.at(-1)).toMatch(/^Enter home/);
      seen.push(...lines.slice(2, -1));
      if (!app.frame().includes("more below") && !app.frame().includes("More below")) break;
      await app.key(KEYS.pgDn);
    }
    // Every detail was on some page, whole (wrapped rows joined back together).
    const text = seen.map((l) => l.trim()).join(" ");
    for (const c of checkpoints) {
      expect(text).toContain(`${plain ? (c.passed ? "[passed]" : "[failed]") : c.passed ? "✔" : "✘"} ${c.title} (${c.earned}/${c.points})`);
      for (const d of c.details) expect(text).toContain(d);
    }
    expect(text).toContain("A pod that cannot reach the internet (intermediate, 25 min)");
  });
});

/** Waits (up to 5 s) for a frame that passes `check`: on a loaded machine a frame can take longer than a tick. */
async function until(frame: () => string, check: (text: string) => boolean): Promise<string> {
  for (let waited = 0; !check(frame()); waited += 10) {
    if (waited > 5000) return frame();
    await tick(10);
  }
  return frame();
}

it("scrolls by row with ↑/↓, says what is below and above in words, and Enter goes home", async () => {
  const app = renderFinish(100, 24, false);
  expect(await until(app.frame, (f) => /more below/.test(f))).toMatch(/↓ more below: \d+ rows \(↓ or PgDn scrolls\)/);
  expect(app.frame()).toContain("Enter home  ↑↓ PgUp/PgDn scroll");
  // (key handlers subscribe in an effect after the first frame)
  await tick(50);
  const firstBody = () => app.frame().split("\n")[4];
  const before = firstBody();
  await app.key(KEYS.down);
  expect(await until(app.frame, (f) => f.includes("1 row above"))).toContain("1 row above");
  expect(firstBody()).not.toBe(before);
  await app.key(KEYS.up);
  await until(app.frame, () => firstBody() === before);
  expect(firstBody()).toBe(before);
  await app.key(KEYS.up);
  expect(firstBody()).toBe(before);
  for (let i = 0; i < 10; i++) await app.key(KEYS.pgDn);
  expect(await until(app.frame, (f) => /end of the list/.test(f))).toMatch(/↑ end of the list, \d+ rows above/);
  expect(app.frame()).toContain("Next");
  await app.key("\r");
  expect(app.home()).toBe(1);
});

it("plain mode words the hint without arrows", async () => {
  const app = renderFinish(80, 24, true);
  await tick();
  expect(app.frame()).toMatch(/More below: \d+ rows\. Down or PgDn scrolls\./);
  expect(app.frame()).toContain("Enter home, Up/Down PgUp/PgDn scroll");
});

it("shows no hint and no scroll keys when everything fits", async () => {
  const app = renderFinish(140, 60, false);
  await tick();
  expect(app.frame()).not.toMatch(/more below|end of the list/);
  expect(app.frame().split("\n").at(-1)?.trim()).toBe("Enter home");
});

it("wraps at word boundaries and splits only words wider than a row", () => {
  expect(wrapHanging("aa bb cc", 5, "", "  ")).toEqual(["aa bb", "  cc"]);
  expect(wrapHanging("abcdefgh", 4)).toEqual(["abcd", "efgh"]);
  expect(wrapHanging("x abcdefgh", 5, "- ")).toEqual(["- x", "- abc", "- def", "- gh"]);
  expect(wrapHanging("", 10)).toEqual([""]);
});
