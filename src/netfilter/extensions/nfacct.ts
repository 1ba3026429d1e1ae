// -m nfacct: counts into a named extended-accounting object (kube-proxy uses two). The
// kernel refuses a rule naming an object that nobody created with nfacct.
import type { FinalCheckCall, MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { saveString } from "./util/quote.js";
import { truncateUtf8 } from "./util/utf8.js";

export interface NfacctData {
  name: string;
  seen: string[];
}

/**
 * Objects that exist in the namespace, when the front end knows them (an addition to
 * FinalCheckCall it may pass); without it no object exists, as on a fresh host.
 */
type WithObjects = FinalCheckCall & { nfacctObjects?: string[] };

export const nfacctMatch: MatchExtension<NfacctData> = {
  name: "nfacct",
  options: [{ name: "nfacct-name", args: 1 }],
  init: () => ({ name: "", seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("nfacct", d.seen, option, invert);
    const arg = args[0]!;
    if (arg.length < 1) throw paramProblem("Argument must have a minimum length of 1 characters\n");
    if (arg.includes("\n")) throw paramProblem("Newlines not allowed in --nfacct-name");
    d.name = truncateUtf8(arg, 31);
  },
  finalCheck(d) {
    if (!d.seen.includes("nfacct-name")) throw mustSpecify("nfacct", "nfacct-name");
  },
  checkEntry: (d, call: WithObjects) => (call.nfacctObjects?.includes(d.name) ? true : "No such file or directory"),
  // libxt_nfacct prints its own space and xtables_save_string another: two spaces.
  save: (d) => `--nfacct-name  ${saveString(d.name)}`,
  print: (d) => `nfacct-name  ${saveString(d.name)}`,
  match: () => true,
};
