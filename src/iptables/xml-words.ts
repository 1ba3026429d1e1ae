// The text-level helpers iptables-xml 1.8.9 reads a save file with. They work on "byte
// strings" (one char per byte, as C sees the line) so lengths, limits and escapes count bytes.

/** A failure that ends iptables-xml: its exit status and what it wrote to stderr. */
export class XmlExit extends Error {
  constructor(
    readonly rc: number,
    readonly text: string,
  ) {
    super(text);
  }
}

/** xtables_error(PARAMETER_PROBLEM, ...) with iptables-xml's globals (line number known). */
export function xmlParamProblem(message: string, line: number): XmlExit {
  return new XmlExit(
    2,
    `iptables-xml v1.8.9: ${message}\nError occurred at line: ${line}\n` +
      "Try `iptables-xml -h' or 'iptables-xml --help' for more information.\n",
  );
}

/** One word of a rule line, and whether a quote closed it (argvattr). */
export interface XmlWord {
  text: string;
  quoted: boolean;
}

/** add_param_to_argv's limits: a word of 1024 bytes, 255 words (with the NULL slot). */
const PARAM_MAX = 1024;
const ARGC_MAX = 255;

/**
 * Splits a rule line as xshared.c's add_param_to_argv does: a quote opens anywhere and the
 * closing quote ends the word (even an empty one) and marks it quoted; backslash escapes only
 * inside quotes; a word still open at the end of the line (an unclosed quote keeps the newline)
 * is kept but not marked quoted.
 */
export function splitXmlRuleWords(text: string, line: number): XmlWord[] {
  const words: XmlWord[] = [];
  let param = "";
  let quoted = false;
  let quoteOpen = false;
  let escaped = false;
  const add = (c: string): void => {
    param += c;
    if (param.length >= PARAM_MAX) throw xmlParamProblem("Parameter too long!", line);
  };
  const emit = (isQuoted: boolean): void => {
    if (words.length + 1 >= ARGC_MAX) throw xmlParamProblem("Parser cannot handle more arguments", line);
    words.push({ text: param, quoted: isQuoted });
    param = "";
  };
  for (const c of text) {
    if (quoteOpen) {
      if (escaped) {
        add(c);
        escaped = false;
        continue;
      }
      if (c === "\\") {
        escaped = true;
        continue;
      }
      if (c !== '"') {
        add(c);
        continue;
      }
      quoteOpen = false; // the closing quote ends the word below
    } else if (c === '"') {
      quoteOpen = true;
      quoted = true;
      continue;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (param.length === 0) continue;
    } else {
      add(c);
      continue;
    }
    emit(quoted);
    quoted = false;
  }
  if (param.length) emit(false);
  return words;
}

/** strtok over a mutable copy of a line: tokens end at NULs it writes, as in C. */
export class CLine {
  private readonly chars: string[];
  private save = -1;

  constructor(text: string) {
    this.chars = [...text];
  }

  /** strtok(from start, delims) when start is given, else strtok(NULL, delims). */
  strtok(delims: string, start?: number): string | undefined {
    let i = start ?? this.save;
    if (i < 0) return undefined;
    const end = this.end(i);
    while (i < end && delims.includes(this.chars[i]!)) i++;
    if (i >= end) {
      this.save = -1;
      return undefined;
    }
    const from = i;
    while (i < end && !delims.includes(this.chars[i]!)) i++;
    const token = this.chars.slice(from, i).join("");
    if (i < end) {
      this.chars[i] = "\0";
      this.save = i + 1;
    } else this.save = -1;
    return token;
  }

  /** The C string starting at `start` (up to the first NUL). */
  stringAt(start: number): string {
    return this.chars.slice(start, this.end(start)).join("");
  }

  private end(from: number): number {
    let i = from;
    while (i < this.chars.length && this.chars[i] !== "\0") i++;
    return i;
  }
}

/** The largest unsigned long long and the wrap for %lld printing. */
const ULLONG_MAX = (1n << 64n) - 1n;

/**
 * sscanf(text, "%llu") at `at`: skips blanks, optional sign, decimal digits (overflow gives
 * ULLONG_MAX, a minus sign negates modulo 2^64). Returns the value and where it stopped.
 */
function scanUnsigned(text: string, at: number): { value: bigint; next: number } | undefined {
  let i = at;
  while (i < text.length && /[ \t\n\v\f\r]/.test(text[i]!)) i++;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") negative = text[i++] === "-";
  const from = i;
  while (i < text.length && text[i]! >= "0" && text[i]! <= "9") i++;
  if (i === from) return undefined;
  let value = BigInt(text.slice(from, i));
  if (value > ULLONG_MAX) value = ULLONG_MAX;
  else if (negative) value = (-value) & ULLONG_MAX;
  return { value, next: i };
}

/**
 * parse_counters: sscanf(token, "[%llu:%llu]") storing what it matched into `counts` and
 * leaving the rest as it was (the C variable is reused from the previous chain line).
 */
export function scanChainCounters(token: string | undefined, counts: [bigint, bigint]): void {
  if (token === undefined || token[0] !== "[") return;
  const first = scanUnsigned(token, 1);
  if (!first) return;
  counts[0] = first.value;
  if (token[first.next] !== ":") return;
  const second = scanUnsigned(token, first.next + 1);
  if (second) counts[1] = second.value;
}

/** A counter as printf("%lld") shows an unsigned long long. */
export function signedText(value: bigint): string {
  return BigInt.asIntN(64, value).toString();
}

/** xmlEncode: bytes from 127 as &#N;, the XML specials as entities. */
export function xmlEncode(text: string): string {
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 127) out += `&#${code};`;
    else if (c === "&") out += "&amp;";
    else if (c === "<") out += "&lt;";
    else if (c === ">") out += "&gt;";
    else if (c === '"') out += "&quot;";
    else out += c;
  }
  return out;
}

/**
 * xmlCommentEscape: every hyphen becomes "*-", every second one (counted over the whole text)
 * " *-", so no "--" ends the comment; a newline that ends the text is dropped.
 */
export function xmlCommentEscape(text: string): string {
  let out = "";
  let hyphens = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "-") {
      if (++hyphens >= 2) {
        hyphens = 0;
        out += " ";
      }
      out += "*";
    }
    if (!(c === "\n" && i === text.length - 1)) out += c;
  }
  return out;
}

/** fgets with iptables-xml's 10240-byte buffer: lines of up to 10239 bytes, newline kept. */
export function* fgetsLines(text: string): Generator<string> {
  const max = 10239;
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    const end = Math.min(nl < 0 ? text.length : nl + 1, at + max);
    yield text.slice(at, end);
    at = end;
  }
}
