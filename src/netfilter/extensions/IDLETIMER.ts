// -j IDLETIMER --timeout SECONDS --label NAME: a per-label timer the kernel restarts on each
// packet and reports through sysfs when it expires. Only the rule's bookkeeping is emulated.
import type { TargetExtension } from "../extension.js";
import type { Rule, Table } from "../types.js";
import { peerTables } from "./util/table-peers.js";
import { badValue } from "./util/errors.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { truncateUtf8 } from "./util/utf8.js";

export interface IdletimerData {
  timeout: number;
  label: string;
  /** --alarm: revision 1, an alarm timer instead of a plain one. */
  alarm: boolean;
}

const SPECS: OptionSpec[] = [
  { name: "timeout", id: 0, args: 1, mandatory: true },
  { name: "label", id: 1, args: 1, mandatory: true },
  { name: "alarm", id: 2, args: 0 },
];

/** The kernel's label buffer (MAX_IDLETIMER_LABEL_SIZE) keeps 27 characters and a NUL. */
const LABEL_MAX = 27;
/** idletimer_tg_checkentry refuses timeouts of INT_MAX / 1000 seconds and more. */
const TIMEOUT_LIMIT = Math.floor(2147483647 / 1000);

const HELP =
  "IDLETIMER target options:\n" +
  " --timeout time\tTimeout until the notification is sent (in seconds)\n" +
  " --label string\tUnique rule identifier\n" +
  " --alarm\tUse alarm instead of default timer\n" +
  "\n";

/** The timers other IDLETIMER rules of the rule set hold: [label, alarm]. */
function timerKinds(table: Table | undefined, self: Rule): [string, boolean][] {
  const kinds: [string, boolean][] = [];
  for (const t of peerTables(table)) {
    for (const chain of Object.values(t.chains)) {
      for (const rule of chain.rules) {
        const a = rule.action;
        if (rule === self || a.kind !== "target" || a.target.name !== "IDLETIMER") continue;
        const other = a.target.data as IdletimerData;
        kinds.push([other.label, other.alarm]);
      }
    }
  }
  return kinds;
}

export const IDLETIMER: TargetExtension<IdletimerData> = {
  name: "IDLETIMER",
  help: HELP,
  options: extOptions(SPECS),
  init: () => ({ timeout: 0, label: "", alarm: false }),
  parse(data, call) {
    noteOption("IDLETIMER", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "timeout") {
      const timeout = strtoulWhole(arg);
      if (timeout === undefined) throw badValue("IDLETIMER", "timeout", 0, 4294967295);
      data.timeout = timeout;
    } else if (call.option === "label") data.label = truncateUtf8(arg, LABEL_MAX);
    else data.alarm = true;
  },
  finalCheck(data) {
    checkOptionTable("IDLETIMER", SPECS, data);
  },
  checkEntry(data, call) {
    // the label names a sysfs file; a timer made by another rule must be of the same kind
    if (data.timeout === 0 || data.timeout >= TIMEOUT_LIMIT || data.label === "" || data.label.includes("/")) return false;
    return !timerKinds(call.ruleTable, call.rule).some(([label, alarm]) => label === data.label && alarm !== data.alarm);
  },
  save: (data) => `--timeout ${data.timeout} --label ${data.label}${data.alarm ? " --alarm" : ""}`,
  print: (data) => `timeout:${data.timeout} label:${data.label}${data.alarm ? " alarm" : ""}`,
  action: () => ({ kind: "CONTINUE" }),
};
