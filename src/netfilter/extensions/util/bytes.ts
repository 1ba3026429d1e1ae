// Strings the kernel keeps in fixed byte buffers (comment, recent/hashlimit names, helper).
// They are cut by UTF-8 bytes, so a character can be split: its leftover bytes print as
// U+FFFD once the output is read as UTF-8, which is how the oracle's transcripts show them.

/** The first `max` UTF-8 bytes of `text`, a split character becoming U+FFFD. */
export function truncateBytes(text: string, max: number): string {
  // At most 3 UTF-8 bytes per UTF-16 unit: short strings never need the byte count.
  if (text.length * 3 <= max) return text;
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= max) return text;
  return bytes.subarray(0, max).toString("utf8");
}
