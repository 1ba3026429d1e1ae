// Words used as patterns: case items and the right side of [[ == ]] and [[ =~ ]].
import type { Word } from "./ast.js";
import { expandToString, globSegmentRegex, type ExpandHost } from "./expand.js";

/**
 * A word used as a pattern (case, [[ == ]], [[ =~ ]]): what is quoted matches itself, the rest —
 * unquoted $var expansions too — keeps its special characters.
 */
export function patternWord(word: Word, host: ExpandHost, special: RegExp): string {
  let pattern = "";
  for (const part of word) {
    const v = part.t === "lit" ? part.v : expandToString([part], host);
    pattern += "quoted" in part && part.quoted ? v.replace(special, "\\$&") : v;
  }
  return pattern;
}

export const GLOB_SPECIAL = /[*?[\]\\]/g;
export const REGEX_SPECIAL = /[.[\](){}*+?|^$\\]/g;

/** A case pattern: glob syntax where quoted characters match themselves. */
export function casePattern(word: Word, host: ExpandHost): RegExp {
  try {
    return new RegExp(globSegmentRegex(patternWord(word, host, GLOB_SPECIAL)).source.replaceAll("[^/]", "[^]"), "s");
  } catch {
    return /$^/;
  }
}
