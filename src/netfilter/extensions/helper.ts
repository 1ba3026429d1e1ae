// -m helper: the conntrack helper (ftp, sip, …) that handles the packet's connection.
import type { MatchExtension } from "../extension.js";
import type { ConntrackView } from "../types.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import type { ConntrackExtras } from "./util/extras.js";
import { saveString } from "./util/quote.js";
import { truncateUtf8 } from "./util/utf8.js";

export interface HelperData {
  name: string;
  invert: boolean;
  seen: string[];
}

export const helperMatch: MatchExtension<HelperData> = {
  name: "helper",
  options: [{ name: "helper", args: 1, invertible: true }],
  init: () => ({ name: "", invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("helper", d.seen, option, invert, { invertible: true });
    d.name = truncateUtf8(args[0]!, 29);
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("helper")) throw mustSpecify("helper", "helper");
  },
  save: (d) => `${d.invert ? "! " : ""}--helper ${saveString(d.name)}`,
  // libxt_helper's userspacesize stops before the name: -C/-D compare only the "!"
  comparesNoData: true,
  identity: (d) => (d.invert ? "!" : ""),
  print: (d) => `helper match ${d.invert ? "! " : ""}"${d.name}"`,
  match(d, _pkt, ctx) {
    const ct = ctx.conntrack as (ConntrackView & ConntrackExtras) | undefined;
    // No connection, or one without a helper: the kernel's "ret" stays at invert.
    if (!ct || !ct.helper) return d.invert;
    const hit = d.name === "" ? true : ct.helper.startsWith(d.name) && ct.helper.length === d.name.length;
    return hit !== d.invert;
  },
};
