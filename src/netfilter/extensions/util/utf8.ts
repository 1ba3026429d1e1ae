// C string rules in the C locale: lengths are UTF-8 bytes, not JavaScript characters, and
// isspace/tolower know ASCII only (a pasted no-break space is no space, "Ü" stays "Ü").

/** strlen() of the text as UTF-8 ("ü" counts 2). */
export function utf8Length(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text, "utf8");
  }
  return text.length;
}

/** isspace() in the C locale. */
export const C_SPACE = /[ \t\n\v\f\r]/;

/** tolower() on every byte in the C locale: only A-Z change. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
