// Ctrl-R, as readline does it: each key refines the query or steps to an older match; any
// other key leaves the search with the match on the line (Enter also runs it).

import { searchBackward } from "./history.js";
import type { KeyEvent } from "./keys.js";

export interface ReverseSearch {
  query: string;
  /** Index of the matching history entry, -1 while nothing matches. */
  match: number;
  /** The matching entry as shown after the search prompt. */
  text: string;
  failed: boolean;
}

export const NEW_SEARCH: ReverseSearch = { query: "", match: -1, text: "", failed: false };

export type SearchStep =
  | { kind: "searching"; search: ReverseSearch }
  | { kind: "cancelled" }
  /** Leave the search: `index` is the accepted history entry (-1: none), `run` for Enter. */
  | { kind: "accepted"; index: number; run: boolean };

export function searchStep(s: ReverseSearch, key: KeyEvent, history: readonly string[]): SearchStep {
  const found = (query: string, from: number): SearchStep => {
    const match = searchBackward(history, query, from);
    const search = match >= 0 ? { query, match, text: history[match]!, failed: false } : { ...s, query, failed: query !== "" };
    return { kind: "searching", search };
  };
  if (key.kind === "text" || key.kind === "paste") return found(s.query + key.text.replace(/\n/g, ""), s.match >= 0 ? s.match : history.length - 1);
  if (key.kind === "backspace") return found(s.query.slice(0, -1), history.length - 1);
  if (key.kind === "ctrl" && key.key === "r") return s.match > 0 ? found(s.query, s.match - 1) : { kind: "searching", search: { ...s, failed: s.query !== "" } };
  if (key.kind === "ctrl" && (key.key === "c" || key.key === "g")) return { kind: "cancelled" };
  return { kind: "accepted", index: s.match, run: key.kind === "enter" };
}
