// -m connlabel: match (or, with --set, attach) a numeric conntrack label. Names would come from
// /etc/xtables/connlabel.conf, which Debian does not ship: a non-numeric label fails after
// libnetfilter_conntrack's warning, which also comes each time a connlabel match is printed.
// The kernel keeps 128 label bits (ERANGE beyond). Its userspacesize is 0: -C and -D compare
// no option data, so any connlabel rule stands for any other.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify, tooShort } from "./util/errors.js";
import { strtoulWhole } from "./target-util/strtoul.js";

export interface ConnlabelData {
  bit: number;
  invert: boolean;
  set: boolean;
  seen: string[];
}

const LABEL_BITS = 128;
const NO_CONF = "Warning: cannot open /etc/xtables/connlabel.conf: No such file or directory";

const HELP =
  "connlabel match options:\n" +
  "[!] --label name     Match if label has been set on connection\n" +
  "    --set            Set label on connection\n";

export const connlabelMatch: MatchExtension<ConnlabelData> = {
  name: "connlabel",
  help: HELP,
  printWarning: NO_CONF,
  comparesNoData: true,
  options: [
    { name: "label", args: 1, invertible: true },
    { name: "set", args: 0 },
  ],
  init: () => ({ bit: 0, invert: false, set: false, seen: [] }),
  parse(d, call) {
    checkOption("connlabel", d.seen, call.option, call.invert, { invertible: call.option === "label" });
    if (call.option === "set") {
      d.set = true;
      return;
    }
    const arg = call.args[0] ?? "";
    if (arg === "") throw tooShort(1);
    const bit = strtoulWhole(arg);
    if (bit === undefined) {
      call.warn?.(`${NO_CONF}\n`);
      throw paramProblem(`label '${arg}' not found or invalid value`);
    }
    d.bit = bit;
    d.invert = call.invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("label")) throw mustSpecify("connlabel", "label");
  },
  checkEntry: (d) => (d.bit < LABEL_BITS ? true : "Numerical result out of range"),
  save: (d) => `${d.invert ? "! " : ""}--label "${d.bit}"${d.set ? " --set" : ""}`,
  print: (d) => `connlabel ${d.invert ? "! " : ""}${d.bit}${d.set ? " set" : ""}`,
  // no label is ever set here; --set sets it and matches (xt_connlabel), either way XOR "!"
  match: (d) => d.set !== d.invert,
};
