// Command output on its way to the scrollback. Text is kept exactly as printed, except what a
// terminal would not show as characters: the clear-screen escape (`clear`) empties the screen,
// other escape sequences and control characters are dropped so they cannot break the layout,
// and a carriage return inside a line leaves what was written last, as a terminal shows it.

const CLEAR = /\u001b\[2J|\u001b\[3J|\u001bc/;
const ESCAPE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export interface CleanOutput {
  /** The screen was cleared: drop the scrollback before adding `text`. */
  cleared: boolean;
  text: string;
}

function overstrike(line: string): string {
  if (!line.includes("\r")) return line;
  // Each \r returns to column 0; later characters overwrite earlier ones.
  let shown = "";
  for (const part of line.split("\r")) shown = part + shown.slice(part.length);
  return shown;
}

export function cleanOutput(raw: string): CleanOutput {
  let text = raw;
  let cleared = false;
  const parts = text.split(CLEAR);
  if (parts.length > 1) {
    cleared = true;
    text = parts[parts.length - 1]!;
  }
  if (!text.includes("\u001b") && !CONTROL.test(text) && !text.includes("\r")) return { cleared, text };
  CONTROL.lastIndex = 0;
  text = text.replace(ESCAPE, "").replace(/\r\n/g, "\n");
  text = text
    .split("\n")
    .map((l) => overstrike(l).replace(CONTROL, ""))
    .join("\n");
  return { cleared, text };
}
