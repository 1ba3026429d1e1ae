// Decodes one raw input event (as Ink's input parser splits stdin: each escape sequence alone,
// plain text in chunks) into a key. We read raw events rather than useInput's parsed keys so a
// pasted block keeps its line breaks and a lone "\n" still means Enter.

export type KeyEvent =
  | { kind: "text"; text: string }
  | { kind: "paste"; text: string }
  | { kind: "enter" }
  | { kind: "tab" }
  | { kind: "backspace" }
  | { kind: "delete" }
  | { kind: "up" }
  | { kind: "down" }
  | { kind: "left" }
  | { kind: "right" }
  | { kind: "wordLeft" }
  | { kind: "wordRight" }
  | { kind: "home" }
  | { kind: "end" }
  | { kind: "pageUp" }
  | { kind: "pageDown" }
  | { kind: "escape" }
  | { kind: "ctrl"; key: string }
  | { kind: "fn"; n: number }
  | { kind: "unknown"; raw: string };

const ESCAPES: Record<string, KeyEvent> = {
  "[A": { kind: "up" },
  "[B": { kind: "down" },
  "[C": { kind: "right" },
  "[D": { kind: "left" },
  OA: { kind: "up" },
  OB: { kind: "down" },
  OC: { kind: "right" },
  OD: { kind: "left" },
  "[H": { kind: "home" },
  "[F": { kind: "end" },
  OH: { kind: "home" },
  OF: { kind: "end" },
  "[1~": { kind: "home" },
  "[4~": { kind: "end" },
  "[7~": { kind: "home" },
  "[8~": { kind: "end" },
  "[3~": { kind: "delete" },
  "[5~": { kind: "pageUp" },
  "[6~": { kind: "pageDown" },
  "[1;5D": { kind: "wordLeft" },
  "[1;5C": { kind: "wordRight" },
  "[1;3D": { kind: "wordLeft" },
  "[1;3C": { kind: "wordRight" },
  b: { kind: "wordLeft" },
  f: { kind: "wordRight" },
  OP: { kind: "fn", n: 1 },
  OQ: { kind: "fn", n: 2 },
  OR: { kind: "fn", n: 3 },
  OS: { kind: "fn", n: 4 },
  "[11~": { kind: "fn", n: 1 },
  "[12~": { kind: "fn", n: 2 },
  "[13~": { kind: "fn", n: 3 },
  "[14~": { kind: "fn", n: 4 },
  "[15~": { kind: "fn", n: 5 },
  "[17~": { kind: "fn", n: 6 },
  "[18~": { kind: "fn", n: 7 },
  "[19~": { kind: "fn", n: 8 },
  "[20~": { kind: "fn", n: 9 },
  "[21~": { kind: "fn", n: 10 },
};

const CONTROL_NAMES: Record<number, string> = {
  1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 11: "k", 12: "l", 14: "n", 16: "p",
  18: "r", 19: "s", 20: "t", 21: "u", 23: "w", 25: "y", 26: "z",
};

/** Printable text plus the line breaks and tabs a pasted block may carry. */
function cleanPaste(raw: string): string {
  // Drop other control characters (a stray ESC or NUL in a copied block must not act as a key).
  return raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}

export function decodeKey(raw: string): KeyEvent {
  if (raw.startsWith("\u001b")) {
    if (raw.length === 1) return { kind: "escape" };
    return ESCAPES[raw.slice(1)] ?? { kind: "unknown", raw };
  }
  if (raw.length === 1) {
    const code = raw.charCodeAt(0);
    if (raw === "\r" || raw === "\n") return { kind: "enter" };
    if (raw === "\t") return { kind: "tab" };
    if (code === 127 || code === 8) return { kind: "backspace" };
    if (code < 32) {
      const name = CONTROL_NAMES[code];
      return name ? { kind: "ctrl", key: name } : { kind: "unknown", raw };
    }
    return { kind: "text", text: raw };
  }
  if (/^[^\u0000-\u001f\u007f]+$/.test(raw)) return { kind: "text", text: raw };
  return { kind: "paste", text: cleanPaste(raw) };
}

/** "Leave this screen": Esc, q or Ctrl-C outside the terminal (menus, reader, briefing). */
export function isLeaveKey(k: KeyEvent): boolean {
  return k.kind === "escape" || (k.kind === "text" && k.text === "q") || (k.kind === "ctrl" && k.key === "c");
}
