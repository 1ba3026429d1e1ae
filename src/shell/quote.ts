// Shell quoting bash uses when it prints words back (declare -p, set -x, ${x@Q}, getopt).

/** `s` in single quotes, a ' inside written as '\''. */
export function singleQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

const ANSI_C_ESCAPES: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 27: "\\E", 39: "\\'", 92: "\\\\" };

/**
 * bash's printable_filename (flags 0), for names in its messages: a name with a byte that is
 * not printable in the C locale (a control character, any UTF-8 byte of a pasted no-break
 * space) is written $'…' with octal escapes; any other name as it is.
 */
export function printableName(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x20-\x7e]/.test(s)) return s;
  let out = "$'";
  for (const byte of Buffer.from(s, "utf8")) {
    const escape = ANSI_C_ESCAPES[byte];
    if (escape) out += escape;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += "\\" + byte.toString(8).padStart(3, "0");
  }
  return `${out}'`;
}
