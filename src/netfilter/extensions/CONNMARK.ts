// -j CONNMARK (revision 2): set the connection's mark, or copy it between the packet
// (nfmark) and the connection (ctmark) through masks and an optional shift. Any table.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { describeXmark, parseMarkMask, parseUint } from "./target-util/mark-mask.js";
import { checkOptionTable, extOptions, givenOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface ConnmarkData {
  mode: "set" | "save" | "restore";
  ctmark: number;
  ctmask: number;
  nfmask: number;
  shiftDir: "left" | "right";
  shiftBits: number;
}

/** Option ids as in libxt_CONNMARK; the operations exclude each other. */
const OP = [0, 1, 2, 3, 4, 5, 8];
const CTMASK = 9;
const NFMASK = 10;
const MASK = 11;
const SPECS: OptionSpec[] = [
  { name: "set-xmark", id: 8, args: 1, excl: OP },
  { name: "set-mark", id: 0, args: 1, excl: OP },
  { name: "and-mark", id: 3, args: 1, excl: OP },
  { name: "or-mark", id: 4, args: 1, excl: OP },
  { name: "xor-mark", id: 5, args: 1, excl: OP },
  { name: "save-mark", id: 1, args: 0, excl: OP },
  { name: "restore-mark", id: 2, args: 0, excl: OP },
  { name: "left-shift-mark", id: 6, args: 1 },
  { name: "right-shift-mark", id: 7, args: 1 },
  { name: "ctmask", id: CTMASK, args: 1, excl: [MASK] },
  { name: "nfmask", id: NFMASK, args: 1, excl: [MASK] },
  { name: "mask", id: MASK, args: 1, excl: [CTMASK, NFMASK] },
];

const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;

function shifted(value: number, data: ConnmarkData): number {
  return (data.shiftDir === "right" ? value >>> data.shiftBits : value << data.shiftBits) >>> 0;
}

function describeMasks(data: ConnmarkData): string {
  const all = 0xffffffff;
  if (data.mode === "save") {
    if (data.nfmask === all && data.ctmask === all) return "save";
    if (data.nfmask === data.ctmask) return `save mask ${hex(data.nfmask)}`;
    return `save nfmask ${hex(data.nfmask)} ctmask ~${hex(data.ctmask)}`;
  }
  if (data.ctmask === all && data.nfmask === all) return "restore";
  if (data.ctmask === data.nfmask) return `restore mask ${hex(data.ctmask)}`;
  return `restore ctmask ${hex(data.ctmask)} nfmask ~${hex(data.nfmask)}`;
}

export const CONNMARK: TargetExtension<ConnmarkData> = {
  name: "CONNMARK",
  help: TARGET_HELP.CONNMARK,
  options: extOptions(SPECS),
  init: () => ({ mode: "set", ctmark: 0, ctmask: 0xffffffff, nfmask: 0xffffffff, shiftDir: "left", shiftBits: 0 }),
  parse(data, call) {
    noteOption("CONNMARK", SPECS, data, call);
    const arg = call.args[0] ?? "";
    const uint = () => parseUint("CONNMARK", call.option, arg);
    switch (call.option) {
      case "set-xmark":
      case "set-mark": {
        const { value, mask } = parseMarkMask("CONNMARK", call.option, arg);
        data.mode = "set";
        data.ctmark = value;
        data.ctmask = call.option === "set-mark" ? (value | mask) >>> 0 : mask;
        break;
      }
      case "and-mark":
        data.mode = "set";
        data.ctmark = 0;
        data.ctmask = ~uint() >>> 0;
        break;
      case "or-mark":
        data.mode = "set";
        data.ctmark = data.ctmask = uint();
        break;
      case "xor-mark":
        data.mode = "set";
        data.ctmark = uint();
        data.ctmask = 0;
        break;
      case "save-mark":
        data.mode = "save";
        break;
      case "restore-mark":
        data.mode = "restore";
        break;
      case "left-shift-mark":
      case "right-shift-mark":
        data.shiftDir = call.option === "left-shift-mark" ? "left" : "right";
        data.shiftBits = parseUint("CONNMARK", call.option, arg, 0, 32);
        break;
      case "ctmask":
        data.ctmask = uint();
        break;
      case "nfmask":
        data.nfmask = uint();
        break;
      case "mask":
        data.ctmask = data.nfmask = uint();
        break;
    }
  },
  finalCheck(data) {
    const given = givenOptions(data);
    if (!OP.some((id) => given.has(id))) throw paramProblem("CONNMARK target: No operation specified");
    checkOptionTable("CONNMARK", SPECS, data);
  },
  save(data) {
    let out =
      data.mode === "set"
        ? `--set-xmark ${hex(data.ctmark)}/${hex(data.ctmask)}`
        : `--${data.mode}-mark --nfmask ${hex(data.nfmask)} --ctmask ${hex(data.ctmask)}`;
    if (data.shiftBits) out += ` --${data.shiftDir}-shift-mark ${data.shiftBits}`;
    return out;
  },
  print(data) {
    let out = `CONNMARK ${data.mode === "set" ? describeXmark(data.ctmark, data.ctmask) : describeMasks(data)}`;
    if (data.shiftBits) out += ` ${data.shiftDir}-shift-mark ${data.shiftBits}`;
    return out;
  },
  action(data, pkt, ctx, effects) {
    // Untracked and invalid packets have no connection to read or write (nf_ct_get is NULL).
    const state = ctx.conntrack?.state;
    if (!state || state === "UNTRACKED" || state === "INVALID") return { kind: "CONTINUE" };
    if (!effects.getCtMark || !effects.setCtMark) return { kind: "CONTINUE" };
    const ctmark = effects.getCtMark() >>> 0;
    if (data.mode === "set") {
      effects.setCtMark(shifted(((ctmark & ~data.ctmask) ^ data.ctmark) >>> 0, data));
    } else if (data.mode === "save") {
      const moved = shifted((pkt.mark & data.nfmask) >>> 0, data);
      effects.setCtMark(((ctmark & ~data.ctmask) ^ moved) >>> 0);
    } else {
      const moved = shifted((ctmark & data.ctmask) >>> 0, data);
      pkt.mark = ((pkt.mark & ~data.nfmask) ^ moved) >>> 0;
      return { kind: "CONTINUE" };
    }
    // the rest of the hook reads the same connection: a later -m connmark sees the new mark
    if (ctx.conntrack) ctx.conntrack.mark = effects.getCtMark() >>> 0;
    return { kind: "CONTINUE" };
  },
};
