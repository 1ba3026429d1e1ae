// -m comment: a note on the rule; never affects matching. The kernel keeps 255 bytes.
import type { MatchExtension } from "../extension.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { saveString } from "./util/quote.js";

export interface CommentData {
  comment?: string;
  seen: string[];
}

const MAX_COMMENT = 255;

/** Cut to 255 bytes of UTF-8 like the kernel's fixed buffer (never splitting a character). */
function truncate(text: string): string {
  // At most 3 UTF-8 bytes per UTF-16 unit: short strings never need the byte count.
  if (text.length * 3 <= MAX_COMMENT) return text;
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= MAX_COMMENT) return text;
  return bytes.subarray(0, MAX_COMMENT).toString("utf8").replace(/\uFFFD$/, "");
}

export const commentMatch: MatchExtension<CommentData> = {
  name: "comment",
  options: [{ name: "comment", args: 1 }],
  // comment declared up front: added later it would need a separate property store per rule
  init: () => ({ seen: [], comment: undefined }),
  parse(d, { option, args, invert }) {
    checkOption("comment", d.seen, option, invert);
    d.comment = truncate(args[0]!);
  },
  finalCheck(d) {
    if (d.comment === undefined) throw mustSpecify("comment", "comment");
  },
  save: (d) => `--comment ${saveString(d.comment ?? "")}`,
  print: (d) => `/* ${d.comment ?? ""} */`,
  match: () => true,
};
