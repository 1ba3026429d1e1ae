// -m osf (IPv4): passive OS fingerprinting of TCP SYNs against fingerprints loaded with
// nfnl_osf. The kernel wants `-p tcp`; no fingerprints are loaded here, so nothing matches
// (not even an inverted genre: the kernel never looks at NF_OSF_INVERT).
import type { MatchExtension } from "../extension.js";
import { IPPROTO_TCP } from "../types.js";
import { badValue, checkOption, mustSpecify } from "./util/errors.js";
import { strtoulWhole } from "./target-util/strtoul.js";

export interface OsfData {
  genre: string;
  invert: boolean;
  ttl?: number;
  log?: number;
  seen: string[];
}

const MAXGENRELEN = 32;

const HELP =
  "OS fingerprint match options:\n" +
  "[!] --genre string     Match a OS genre by passive fingerprinting.\n" +
  "--ttl level            Use some TTL check extensions to determine OS:\n" +
  "       0                       true ip and fingerprint TTL comparison. Works for LAN.\n" +
  "       1                       check if ip TTL is less than fingerprint one. Works for global addresses.\n" +
  "       2                       do not compare TTL at all. This allows NMAP detection, but can produce false results.\n" +
  "--log level            Log determined genres into dmesg even if they do not match desired one:\n" +
  "       0                       log all matched or unknown signatures.\n" +
  "       1                       log only first one.\n" +
  "       2                       log all known matched signatures.\n";

export const osfMatch: MatchExtension<OsfData> = {
  name: "osf",
  help: HELP,
  options: [
    { name: "genre", args: 1, invertible: true },
    { name: "ttl", args: 1 },
    { name: "log", args: 1 },
  ],
  init: () => ({ genre: "", invert: false, seen: [] }),
  parse(d, call) {
    checkOption("osf", d.seen, call.option, call.invert, { invertible: call.option === "genre" });
    const arg = call.args[0] ?? "";
    if (call.option === "genre") {
      // libxtables copies into the kernel's 32-byte genre[]: longer names lose their tail
      d.genre = arg.slice(0, MAXGENRELEN - 1);
      d.invert = call.invert;
      return;
    }
    const level = strtoulWhole(arg, 0, 2);
    if (level === undefined) throw badValue("osf", call.option, 0, 2);
    if (call.option === "ttl") d.ttl = level;
    else d.log = level;
  },
  finalCheck(d) {
    if (!d.seen.includes("genre")) throw mustSpecify("osf", "genre");
  },
  // xt_osf registers for the hooks that see a packet arriving: PREROUTING, INPUT, FORWARD
  hooks: ["PREROUTING", "INPUT", "FORWARD"],
  checkEntry: (_d, { rule }) => rule.proto === IPPROTO_TCP && !rule.protoInvert,
  save(d) {
    let s = `${d.invert ? "! " : ""}--genre ${d.genre}`;
    if (d.ttl !== undefined) s += ` --ttl ${d.ttl}`;
    if (d.log !== undefined) s += ` --log ${d.log}`;
    return s;
  },
  print: (d) => `OS fingerprint match ${d.invert ? "! " : ""}${d.genre}`,
  // nf_osf_match ignores the invert flag: with no fingerprints nothing ever matches
  match: () => false,
};
