// -j CT (revision 2): attach conntrack settings to new connections — no tracking, a zone,
// a helper, which events to report. Kernel: raw table only.
import type { TargetExtension } from "../extension.js";
import type { HookContext, TargetEffects } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { truncateUtf8 } from "./util/utf8.js";
import { TARGET_HELP } from "./target-util/help-texts.js";
import { nameTable } from "../../name-table.js";

export interface CtData {
  notrack: boolean;
  helper: string;
  timeout: string;
  /** Event names, in the order the kernel numbers them. */
  ctevents: string[];
  expevents: string[];
  zone: number;
  /** Zone taken from the packet mark (`--zone mark`). */
  zoneMark: boolean;
  /** Which directions --zone-orig / --zone-reply named. */
  zoneOrig: boolean;
  zoneReply: boolean;
  /** Set by ip6tables: the helper is then looked up among IPv6 helpers. */
  ipv6?: true;
}

const SPECS: OptionSpec[] = [
  { name: "notrack", id: 0, args: 0 },
  { name: "helper", id: 1, args: 1 },
  { name: "timeout", id: 2, args: 1 },
  { name: "ctevents", id: 3, args: 1 },
  { name: "expevents", id: 4, args: 1 },
  { name: "zone-orig", id: 6, args: 1 },
  { name: "zone-reply", id: 7, args: 1 },
  { name: "zone", id: 5, args: 1 },
];

const CT_EVENTS = ["new", "related", "destroy", "reply", "assured", "protoinfo", "helper", "mark", "natseqinfo", "secmark"];
const EXP_EVENTS = ["new"];

/** Conntrack helpers a Debian kernel can load, with the layer-4 protocols they serve. */
const HELPERS = nameTable<number[]>({
  ftp: [6], irc: [6], sip: [6, 17], tftp: [17], amanda: [17], RAS: [17], "Q.931": [6],
  pptp: [6], sane: [6], snmp: [17], snmp_trap: [17], "netbios-ns": [17],
});
/** Helpers whose modules register for IPv4 only (ip6tables cannot find them). */
const IPV4_ONLY_HELPERS = new Set(["irc", "pptp", "snmp", "snmp_trap", "netbios-ns"]);

function parseEvents(table: string[], arg: string): string[] {
  const picked = new Set<string>();
  for (const name of arg.split(",")) {
    if (!table.includes(name)) throw paramProblem(`Unknown event type "${name}"`);
    picked.add(name);
  }
  return table.filter((n) => picked.has(n));
}

function parseZone(data: CtData, option: string, arg: string): void {
  if (option === "zone-orig") data.zoneOrig = true;
  if (option === "zone-reply") data.zoneReply = true;
  data.zone = 0;
  if (arg.toLowerCase() === "mark") {
    data.zoneMark = true;
    return;
  }
  const id = strtoulWhole(arg, 0, 65535);
  if (id === undefined) throw paramProblem(`Cannot parse ${arg} as a zone ID`);
  data.zone = id;
}

/** The options in print order, as `word value` pairs; save adds "--" to each word. */
export function ctWords(data: CtData): string[] {
  const words: string[] = [];
  if (data.notrack) words.push("notrack");
  if (data.helper) words.push(`helper ${data.helper}`);
  if (data.timeout) words.push(`timeout ${data.timeout}`);
  if (data.ctevents.length) words.push(`ctevents ${data.ctevents.join(",")}`);
  if (data.expevents.length) words.push(`expevents ${data.expevents.join(",")}`);
  if (data.zoneMark || data.zone) {
    const dir = data.zoneOrig && !data.zoneReply ? "-orig" : data.zoneReply && !data.zoneOrig ? "-reply" : "";
    words.push(`zone${dir} ${data.zoneMark ? "mark" : data.zone}`);
  }
  return words;
}

/** What the packet path offers CT: attach a conntrack template with a zone to a packet not yet tracked. */
export interface CtZoneEffects {
  /** `dirs`: bit 0 original, bit 1 reply; `fromMark`: the id is the packet's mark when conntrack runs (--zone mark). */
  ctZone?(id: number, dirs: number, fromMark: boolean): void;
}

/** The packet takes the NOTRACK template: the rest of the hook sees it UNTRACKED (-m state, -m conntrack). */
export function untrack(ctx: HookContext, effects: TargetEffects): void {
  if (effects.notrack?.() && ctx.conntrack) ctx.conntrack.state = "UNTRACKED";
}

export const CT: TargetExtension<CtData> = {
  name: "CT",
  help: TARGET_HELP.CT,
  options: extOptions(SPECS),
  tables: ["raw"],
  init: () => ({
    notrack: false, helper: "", timeout: "", ctevents: [], expevents: [],
    zone: 0, zoneMark: false, zoneOrig: false, zoneReply: false,
  }),
  parse(data, call) {
    noteOption("CT", SPECS, data, call);
    const arg = call.args[0] ?? "";
    switch (call.option) {
      case "notrack":
        data.notrack = true;
        break;
      case "helper":
        data.helper = truncateUtf8(arg, 15);
        if (call.family === 6) data.ipv6 = true;
        break;
      case "timeout":
        data.timeout = truncateUtf8(arg, 31);
        break;
      case "ctevents":
        data.ctevents = parseEvents(CT_EVENTS, arg);
        break;
      case "expevents":
        data.expevents = parseEvents(EXP_EVENTS, arg);
        break;
      default:
        parseZone(data, call.option, arg);
    }
  },
  checkEntry(data, call) {
    // (observed on 6.x: a notrack rule keeps only the first 4 bytes of its timeout name)
    if (data.notrack) {
      data.timeout = truncateUtf8(data.timeout, 4);
      return true;
    }
    if (data.helper) {
      // The helper is looked up by name and by the rule's (not inverted) protocol.
      const protos = HELPERS[data.helper];
      if (call.rule.protoInvert || !protos?.includes(call.rule.proto)) return "No such file or directory";
      if ((data.ipv6 || call.family === 6) && IPV4_ONLY_HELPERS.has(data.helper)) return "No such file or directory";
    }
    // No timeout policy objects exist in the emulated kernel: looking one up needs the rule's
    // (not inverted) protocol first (EINVAL), then finds nothing (ENOENT).
    if (data.timeout) return call.rule.proto === 0 || call.rule.protoInvert ? false : "No such file or directory";
    return true;
  },
  save: (data) => ctWords(data).map((w) => `--${w}`).join(" "),
  // --zone-orig N --zone-reply N saves as --zone N, and --zone-orig 0 as nothing
  identity: (data) => `${data.zoneOrig ? "orig" : ""}${data.zoneReply ? "reply" : ""}`,
  print: (data) => ["CT", ...ctWords(data)].join(" "),
  action(data, _pkt, ctx, effects) {
    // Every CT rule attaches a template (zone 0 when it names none): the first one wins.
    if (data.notrack) untrack(ctx, effects);
    else {
      const dirs = (data.zoneOrig ? 1 : 0) | (data.zoneReply ? 2 : 0);
      (effects as CtZoneEffects).ctZone?.(data.zone, dirs || 3, data.zoneMark);
    }
    return { kind: "CONTINUE" };
  },
};
