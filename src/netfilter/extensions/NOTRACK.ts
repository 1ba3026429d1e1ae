// -j NOTRACK: the old name of `CT --notrack`. The kernel only knows CT, so -L shows CT in the
// target column and NOTRACK as its text; save keeps `-j NOTRACK`. Raw table only.
import type { TargetExtension } from "../extension.js";
import { TARGET_HELP } from "./target-util/help-texts.js";
import { untrack } from "./CT.js";

export type NotrackData = Record<string, never>;

export const NOTRACK: TargetExtension<NotrackData> = {
  name: "NOTRACK",
  help: TARGET_HELP.NOTRACK,
  options: [],
  tables: ["raw"],
  init: () => ({}),
  parse() {},
  listName: () => "CT",
  save: () => "",
  print: () => "NOTRACK",
  action(_data, _pkt, ctx, effects) {
    untrack(ctx, effects);
    return { kind: "CONTINUE" };
  },
};
