// Word wrapping with a hanging indent, for panes that must know their height before Ink draws
// them (Ink would wrap the same text, but the layout could not count the rows).

/**
 * Word-wraps `text` to `width` columns: the first row starts with `first`, the others with
 * `rest`. A word longer than a row is split, so no row is ever wider than `width`.
 */
export function wrapHanging(text: string, width: number, first = "", rest = first): string[] {
  const rows: string[] = [];
  let prefix = first;
  let line = "";
  const flush = () => {
    rows.push(prefix + line);
    prefix = rest;
    line = "";
  };
  for (let word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && (prefix + line + " " + word).length > width) flush();
    // Here the line is empty or the word fits after it; split only a word wider than a row.
    while (line === "" && (prefix + word).length > width && width > prefix.length) {
      line = word.slice(0, width - prefix.length);
      word = word.slice(width - prefix.length);
      flush();
    }
    line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "" || rows.length === 0) flush();
  return rows;
}
