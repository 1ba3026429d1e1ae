// -m connlabel: match (or, with --set, attach) a numeric conntrack label. Names would come from
// /etc/xtables/connlabel.conf, which Debian does not ship: a non-numeric label fails after
// libnetfilter_conntrack's warning, which also comes each time a connlabel match is printed.
// The kernel keeps 128 label bits (ERANGE beyond). Its userspacesize is 0: -C and -D compare
// no option data, so any connlabel rule stands for any other.
import type { MatchExtension } from "../extension.js";
import type { HookContext } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify, tooShort } from "./util/errors.js";

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

/**
 * connlabel_value_parse: strtoul on the whole text, returned as a C int, so 2^31..2^32-1 are
 * negative (refused) and larger values wrap (2^32 is label 0); undefined when refused.
 */
function labelValue(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[2]!;
  let value = /^0[xX]/.test(digits) ? BigInt(digits) : /^0\d/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  const U64 = 1n << 64n;
  if (value >= U64) value = U64 - 1n;
  if (m[1] === "-") value = (U64 - value) % U64;
  const asInt = Number(value & 0xffffffffn);
  return asInt >= 0x80000000 ? undefined : asInt;
}

type WithLabels = HookContext & { connLabels?(): number[] | undefined };

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
    const bit = labelValue(arg);
    if (bit === undefined) {
      call.warn?.(`${NO_CONF}\n`);
      throw paramProblem(`label '${arg}' not found or invalid value`);
    }
    d.bit = bit & 0xffff; // (xt_connlabel_mtinfo.bit is a __u16)
    d.invert = call.invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("label")) throw mustSpecify("connlabel", "label");
  },
  checkEntry: (d) => (d.bit < LABEL_BITS ? true : "Numerical result out of range"),
  save: (d) => `${d.invert ? "! " : ""}--label "${d.bit}"${d.set ? " --set" : ""}`,
  print: (d) => `connlabel ${d.invert ? "! " : ""}${d.bit}${d.set ? " set" : ""}`,
  // connlabel_mt: no connection gives "!"; a set bit matches; --set sets a missing one and matches
  match(d, _pkt, ctx) {
    const labels = (ctx as WithLabels).connLabels?.();
    if (!labels) return d.invert;
    if (labels.includes(d.bit)) return !d.invert;
    if (!d.set) return d.invert;
    labels.push(d.bit);
    return !d.invert;
  },
};
