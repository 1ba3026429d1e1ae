// Shared helpers for the Ink screen tests: render the App on the fake engine with an
// in-memory progress store, type into it, and wait for frames.
import { render } from "ink-testing-library";
import { App, type ProgressPort } from "../../src/tui/app.js";
import { createFakeEngine } from "../../src/tui/fake-engine.js";
import { EMPTY_PROGRESS, type Progress } from "../../src/progress/model.js";
import type { Theme } from "../../src/tui/theme.js";

export const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));

export function memoryProgress(initial: Progress = EMPTY_PROGRESS, warning?: string): ProgressPort & { saved: Progress[] } {
  const saved: Progress[] = [];
  return {
    saved,
    load: () => ({ progress: structuredClone(initial), warning }),
    save: (p) => {
      saved.push(structuredClone(p));
      return undefined;
    },
  };
}

export interface RenderOpts {
  start?: { scenario?: string; lesson?: string };
  cols?: number;
  rows?: number;
  theme?: Theme;
  progress?: ReturnType<typeof memoryProgress>;
}

export function renderApp(opts: RenderOpts = {}) {
  const engine = createFakeEngine();
  const progress = opts.progress ?? memoryProgress();
  let clock = 0;
  let exited = false;
  const r = render(
    <App
      engine={engine}
      progress={progress}
      theme={opts.theme ?? { plain: false, color: false }}
      start={opts.start}
      size={{ cols: opts.cols ?? 100, rows: opts.rows ?? 30 }}
      now={() => clock}
      onExit={() => (exited = true)}
      schedule={(run) => run()}
    />,
  );
  const frame = () => r.lastFrame() ?? "";
  /** The frame's rows with pane borders removed and trailing blanks trimmed. */
  const rows = () => frame().split("\n").map((l) => l.replace(/^│|│$/g, "").replace(/│(?=[^│]*$)/, "").trimEnd());
  /** Types text one key at a time (a multi-character write would be a paste). */
  const type = async (text: string) => {
    for (const ch of text) {
      r.stdin.write(ch);
      await tick(2);
    }
    await tick();
  };
  const key = async (raw: string) => {
    r.stdin.write(raw);
    await tick();
  };
  const enter = () => key("\r");
  /** Waits until the frame shows `text` (screens change asynchronously), failing after 5 s. */
  const waitFor = async (text: string) => {
    for (let waited = 0; !frame().includes(text); waited += 10) {
      if (waited > 5000) throw new Error(`timed out waiting for ${JSON.stringify(text)} in:\n${frame()}`);
      await tick(10);
    }
    // Let effects of the new screen (key handlers subscribe in useEffect) settle.
    await tick();
  };
  const line = async (text: string) => {
    await type(text);
    await enter();
  };
  /**
   * Moves the home list's highlight to the item containing `text` and opens it. Ink subscribes
   * key handlers in a passive effect, so a key sent before that is dropped: retry.
   */
  const open = async (text: string) => {
    await waitFor("Quit");
    const selected = () => (frame().split("\n").find((l) => l.includes(text)) ?? "").includes("❯");
    for (let i = 0; i < 40 && !selected(); i++) {
      const before = frame();
      await key(KEYS.down);
      // Wait for the highlight to move (or for the key to have been dropped) before deciding.
      for (let w = 0; w < 30 && frame() === before; w++) await tick(10);
    }
    // Give the highlight's move time to settle before Enter.
    await tick(60);
    await enter();
  };
  return {
    ...r,
    open,
    engine,
    progress,
    frame,
    rows,
    /** All rows joined into one line, so a check does not depend on where text wrapped. */
    flat: () => rows().map((r) => r.trim()).join(" ").replace(/\s+/g, " "),
    type,
    key,
    enter,
    line,
    waitFor,
    advance: (ms: number) => (clock += ms),
    exited: () => exited,
  };
}

export const KEYS = { up: "\u001b[A", down: "\u001b[B", esc: "\u001b", pgDn: "\u001b[6~", pgUp: "\u001b[5~", f2: "\u001bOQ", f3: "\u001bOR", ctrlR: "\u0012", ctrlC: "\u0003", ctrlL: "\u000c", tab: "\t" };
