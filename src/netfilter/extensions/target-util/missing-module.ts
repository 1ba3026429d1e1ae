// Targets whose userspace extension ships but whose kernel module this kernel lacks (ULOG, LED,
// CLUSTERIP): libxtables warns while loading them, their options are still checked the way
// the extension checks them, and the kernel refuses every rule with ENOENT.
import type { TargetExtension } from "../../extension.js";
import { extOptions, noteOption, type OptionSpec } from "./options.js";

/** The options as given, in order ("--name value"): all a refused rule ever prints. */
export interface OptionWords {
  options: string[];
}

export interface MissingModuleTarget {
  name: string;
  specs: OptionSpec[];
  help: string;
  /** The word `-L` prints before the options (default: the target's name). */
  listName?: string;
  /** The extension's own check of one option's value. */
  checkValue?(option: string, arg: string): void;
  finalCheck?(data: OptionWords): void;
  /**
   * What the extension's print function makes of the options (only a -v echo shows it: the
   * kernel refuses the rule); default: the -L word and the options as given.
   */
  describe?(given: Map<string, string>): string;
}

/** Option name → its argument ("" for a flag), from the words a rule was given. */
function givenValues(data: OptionWords): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of data.options) {
    const space = word.indexOf(" ");
    out.set(space < 0 ? word.slice(2) : word.slice(2, space), space < 0 ? "" : word.slice(space + 1));
  }
  return out;
}

export function missingModuleTarget(t: MissingModuleTarget): TargetExtension<OptionWords> {
  return {
    name: t.name,
    help: t.help,
    loadWarning: `Warning: Extension ${t.name} revision 0 not supported, missing kernel module?`,
    options: extOptions(t.specs),
    init: () => ({ options: [] }),
    parse(data, call) {
      noteOption(t.name, t.specs, data, call);
      const arg = call.args[0];
      if (arg !== undefined) t.checkValue?.(call.option, arg);
      data.options.push(arg === undefined ? `--${call.option}` : `--${call.option} ${arg}`);
    },
    finalCheck: t.finalCheck,
    checkEntry: () => "No such file or directory",
    save: (data) => data.options.join(" "),
    print: (data) => (t.describe ? t.describe(givenValues(data)) : [t.listName ?? t.name, ...data.options].join(" ")),
    action: () => ({ kind: "CONTINUE" }),
  };
}
