// Decides whether the lines typed so far form a whole command or bash would ask for more with
// its "> " prompt: an open here-document, an open quote, a trailing backslash or operator, or
// an unfinished if/for/while/{ block. A light scanner, not the shell's parser: it only has to
// agree with bash on when to stop reading.

interface ScanState {
  heredocs: { word: string; stripTabs: boolean }[];
  quote: "'" | '"' | undefined;
  depth: number;
  lineContinues: boolean;
}

const OPENERS = new Set(["if", "for", "while", "until", "case", "{"]);
const CLOSERS = new Set(["fi", "done", "esac", "}"]);

/** The here-document word after `<<` or `<<-` starting at `i`, with quotes removed. */
function readHeredocWord(line: string, i: number): { word: string; end: number } {
  while (line[i] === " " || line[i] === "\t") i++;
  let word = "";
  while (i < line.length && !" \t;&|<>()".includes(line[i]!)) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      const end = close < 0 ? line.length : close;
      word += line.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === "\\") {
      word += line[i + 1] ?? "";
      i += 2;
      continue;
    }
    word += c;
    i++;
  }
  return { word, end: i };
}

/** Scans one command line (not a here-doc body line), updating quote, heredoc and block state. */
function scanCommandLine(line: string, st: ScanState): void {
  let i = 0;
  let atWordStart = true;
  let commandStart = true;
  let lastSignificant = "";
  st.lineContinues = false;
  while (i < line.length) {
    const c = line[i]!;
    if (st.quote === "'") {
      if (c === "'") st.quote = undefined;
      i++;
      continue;
    }
    if (st.quote === '"') {
      if (c === "\\") i += 2;
      else {
        if (c === '"') st.quote = undefined;
        i++;
      }
      continue;
    }
    if (c === "\\") {
      if (i === line.length - 1) {
        st.lineContinues = true;
        return;
      }
      i += 2;
      atWordStart = false;
      lastSignificant = "w";
      continue;
    }
    if (c === "'" || c === '"') {
      st.quote = c;
      i++;
      atWordStart = false;
      commandStart = false;
      lastSignificant = "w";
      continue;
    }
    if (c === "#" && atWordStart) return finishLine(st, lastSignificant);
    if (line.startsWith("<<<", i)) {
      // A here-string: its word is on this line, nothing to wait for.
      i += 3;
      atWordStart = true;
      continue;
    }
    if (c === "<" && line[i + 1] === "<") {
      const stripTabs = line[i + 2] === "-";
      const { word, end } = readHeredocWord(line, i + (stripTabs ? 3 : 2));
      if (word !== "") st.heredocs.push({ word, stripTabs });
      i = end;
      atWordStart = true;
      lastSignificant = "w";
      continue;
    }
    if (c === " " || c === "\t") {
      atWordStart = true;
      i++;
      continue;
    }
    if (";&|()".includes(c)) {
      const two = line.slice(i, i + 2);
      lastSignificant = two === "&&" || two === "||" ? two : c;
      i += two === "&&" || two === "||" || two === ";;" ? 2 : 1;
      atWordStart = true;
      commandStart = c !== ")";
      continue;
    }
    // A plain word: count block keywords where a command may start.
    let end = i;
    while (end < line.length && !" \t;&|()<>'\"\\".includes(line[end]!)) end++;
    const word = line.slice(i, end);
    if (commandStart && atWordStart) {
      if (OPENERS.has(word)) st.depth++;
      else if (CLOSERS.has(word)) st.depth = Math.max(0, st.depth - 1);
    }
    commandStart = ["then", "do", "else", "elif", "if", "while", "until", "!", "{"].includes(word) && atWordStart;
    atWordStart = false;
    lastSignificant = "w";
    i = end === i ? i + 1 : end;
  }
  finishLine(st, lastSignificant);
}

function finishLine(st: ScanState, lastSignificant: string): void {
  if (st.quote === undefined && (lastSignificant === "|" || lastSignificant === "&&" || lastSignificant === "||")) {
    st.lineContinues = true;
  }
}

/** True when `lines` is a whole command: bash would run it now rather than print "> ". */
export function isCompleteInput(lines: readonly string[]): boolean {
  const st: ScanState = { heredocs: [], quote: undefined, depth: 0, lineContinues: false };
  for (const line of lines) {
    const open = st.heredocs[0];
    if (open && st.quote === undefined) {
      const body = open.stripTabs ? line.replace(/^\t+/, "") : line;
      if (body === open.word) st.heredocs.shift();
      continue;
    }
    scanCommandLine(line, st);
  }
  return st.heredocs.length === 0 && st.quote === undefined && !st.lineContinues && st.depth === 0;
}
