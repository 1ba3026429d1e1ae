// C byte strings in the C locale: lengths and kernel buffers count UTF-8 bytes, not JavaScript characters, and
// isspace/tolower know ASCII only (a pasted no-break space is no space, "Ü" stays "Ü").

/** strlen() of the text as UTF-8 ("ü" counts 2). */
export function utf8Length(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text, "utf8");
  }
  return text.length;
}

/**
 * The first `max` UTF-8 bytes of `text`, as strncpy into a kernel name buffer keeps them (a
 * character cut in half decodes as U+FFFD, as the oracle's transcripts show it).
 */
export function truncateUtf8(text: string, max: number): string {
  if (utf8Length(text) <= max) return text;
  return Buffer.from(text, "utf8").subarray(0, max).toString("utf8");
}

/**
 * Whether strlen() of the text as UTF-8 is at least `n`, without counting when the length
 * alone decides (a UTF-8 byte string is 1 to 3 times as long as its UTF-16 text): the name
 * limits are checked for every word of a 110,000-line restore.
 */
export function utf8AtLeast(text: string, n: number): boolean {
  if (text.length >= n) return true;
  return text.length * 3 >= n && utf8Length(text) >= n;
}

/** isspace() in the C locale. */
export const C_SPACE = /[ \t\n\v\f\r]/;
/** Runs of C-locale white space, to split words as strtok/sscanf do. */
export const C_SPACES = new RegExp(`${C_SPACE.source}+`);

/** isspace() in the C locale on one UTF-16 code unit (0x20, \t \n \v \f \r). */
export function isCSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** The text after its leading C-locale white space (what strtol skips; trimStart also skips U+00A0). */
export function cTrimStart(text: string): string {
  let i = 0;
  while (i < text.length && isCSpace(text.charCodeAt(i))) i++;
  return i === 0 ? text : text.slice(i);
}

/** The text without C-locale white space at either end. */
export function cTrim(text: string): string {
  let end = text.length;
  while (end > 0 && isCSpace(text.charCodeAt(end - 1))) end--;
  return cTrimStart(end === text.length ? text : text.slice(0, end));
}

/** tolower() on every byte in the C locale: only A-Z change. */
export function asciiLower(text: string): string {
  // (most words have no capital: no regex, no new string)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  }
  return text;
}
