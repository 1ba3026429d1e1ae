// -m comment: a note on the rule; never affects matching. The kernel keeps 255 bytes.
import type { MatchExtension } from "../extension.js";
import { truncateUtf8 } from "./util/utf8.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { saveString } from "./util/quote.js";

export interface CommentData {
  comment?: string;
  seen: string[];
}

const MAX_COMMENT = 255;

export const commentMatch: MatchExtension<CommentData> = {
  name: "comment",
  options: [{ name: "comment", args: 1 }],
  // comment declared up front: added later it would need a separate property store per rule
  init: () => ({ seen: [], comment: undefined }),
  parse(d, { option, args, invert }) {
    checkOption("comment", d.seen, option, invert);
    d.comment = truncateUtf8(args[0]!, MAX_COMMENT);
  },
  finalCheck(d) {
    if (d.comment === undefined) throw mustSpecify("comment", "comment");
  },
  save: (d) => `--comment ${saveString(d.comment ?? "")}`,
  print: (d) => `/* ${d.comment ?? ""} */`,
  match: () => true,
};
