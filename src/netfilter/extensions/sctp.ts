// -m sctp (also loaded implicitly by -p sctp): ports and chunk types.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { parsePortRange } from "./util/ports.js";
import { FULL_RANGE, inRange, printPorts, type PortRange } from "./util/tcpudp.js";

/** Chunk names, their type numbers and the flag letters each allows (bit 7 first). */
const CHUNKS: [name: string, type: number, flags: string][] = [
  ["DATA", 0, "----IUBE"], ["INIT", 1, "--------"], ["INIT_ACK", 2, "--------"], ["SACK", 3, "--------"],
  ["HEARTBEAT", 4, "--------"], ["HEARTBEAT_ACK", 5, "--------"], ["ABORT", 6, "-------T"], ["SHUTDOWN", 7, "--------"],
  ["SHUTDOWN_ACK", 8, "--------"], ["ERROR", 9, "--------"], ["COOKIE_ECHO", 10, "--------"], ["COOKIE_ACK", 11, "--------"],
  ["ECN_ECNE", 12, "--------"], ["ECN_CWR", 13, "--------"], ["SHUTDOWN_COMPLETE", 14, "-------T"], ["I_DATA", 64, "----IUBE"],
  ["RE_CONFIG", 130, "--------"], ["PAD", 132, "--------"], ["ASCONF", 193, "--------"], ["ASCONF_ACK", 128, "--------"],
  ["FORWARD_TSN", 192, "--------"], ["I_FORWARD_TSN", 194, "--------"],
];

/** XT_NUM_SCTP_FLAGS: chunk types that can carry flags in one rule. */
const MAX_FLAGGED = 4;
const TOO_MANY_FLAGGED =
  "Number of chunk types with flags exceeds currently allowed limit. Increasing this limit involves changing " +
  "IPT_NUM_SCTP_FLAGS and recompiling both the kernel space and user space modules";

interface ChunkTest {
  mode: "any" | "all" | "only";
  /** Chunk type numbers, or "ALL"/"NONE". */
  types: number[] | "ALL" | "NONE";
  /**
   * Flag letters as typed (upper case = set, lower case = clear), keyed the way libxt_sctp
   * stores them: by the chunk's place in its name table, not its type. The two agree up to
   * SHUTDOWN_COMPLETE; I_DATA's flags land on type 15, so they are never listed.
   */
  flags: Record<number, string>;
}

export interface SctpData {
  spts?: PortRange;
  dpts?: PortRange;
  chunks?: ChunkTest;
  inv: string[];
  seen: string[];
}

function once(d: SctpData, id: string, message: string): void {
  if (d.seen.includes(id)) throw paramProblem(message);
  d.seen.push(id);
}

function parseChunks(modeText: string, list: string): ChunkTest {
  const mode = modeText.toLowerCase();
  if (mode !== "any" && mode !== "all" && mode !== "only") throw paramProblem('Match type has to be one of "ALL", "ANY" or "ONLY"');
  if (list.toUpperCase() === "ALL" || list.toUpperCase() === "NONE") return { mode, types: list.toUpperCase() as "ALL" | "NONE", flags: {} };
  const types: number[] = [];
  const flags: Record<number, string> = {};
  for (const item of list.split(",").filter((w) => w !== "")) {
    const [name, flagText] = item.split(":", 2) as [string, string | undefined];
    const index = CHUNKS.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (index < 0) throw paramProblem(`Unknown sctp chunk \`${name}'`);
    const [, type, valid] = CHUNKS[index]!;
    if (!types.includes(type)) types.push(type);
    for (const letter of flagText ?? "") {
      // ('-' is found in the valid-flags string too: it stands for bit 7)
      if (!valid.includes(letter.toUpperCase())) throw paramProblem(`Invalid flags for chunk type ${index}`);
      if (flags[index] === undefined && Object.keys(flags).length === MAX_FLAGGED) throw paramProblem(TOO_MANY_FLAGGED);
      flags[index] = (flags[index] ?? "") + letter;
    }
  }
  return { mode, types, flags };
}

/** The (flag, mask) bits typed letters give: a letter sets its mask bit; upper case also its flag bit, for good. */
function flagBits(valid: string, typed: string): [number, number] {
  let flag = 0;
  let mask = 0;
  for (const letter of typed) {
    const bit = 1 << (7 - valid.indexOf(letter.toUpperCase()));
    mask |= bit;
    if (letter !== letter.toLowerCase()) flag |= bit;
  }
  return [flag, mask];
}

/** ":FLAGS" after a listed chunk type: the letters of the table entry at that place, bit 7 first. */
function flagsText(type: number, typed: string | undefined): string {
  if (!typed) return "";
  const valid = CHUNKS[type]![2];
  const [flag, mask] = flagBits(valid, typed);
  let out = "";
  for (let i = 7; i >= 0; i--) {
    if (!(mask & (1 << i))) continue;
    const c = valid[7 - i]!;
    out += flag & (1 << i) ? c : c.toLowerCase();
  }
  return out ? `:${out}` : "";
}

function chunksText(c: ChunkTest, numeric: boolean): string {
  if (c.types === "ALL" || c.types === "NONE") return `${c.mode} ${c.types}`;
  const names = [...c.types]
    .sort((a, b) => a - b)
    .map((t) => (numeric ? `0x${t.toString(16).toUpperCase().padStart(4, "0")}` : CHUNKS.find(([, n]) => n === t)![0]) + flagsText(t, c.flags[t]));
  return `${c.mode} ${names.join(",")}`;
}

function hiddenFlags(c: ChunkTest): string {
  const types = c.types as number[];
  return Object.entries(c.flags)
    .filter(([key]) => !types.includes(Number(key)))
    .map(([key, letters]) => `${key}:${flagBits(CHUNKS[Number(key)]![2], letters).join("/")}`)
    .join(",");
}

const rangeText = (r: PortRange) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`);

export const sctpMatch: MatchExtension<SctpData> = {
  name: "sctp",
  options: [
    { name: "source-port", args: 1, invertible: true },
    { name: "sport", args: 1, invertible: true },
    { name: "destination-port", args: 1, invertible: true },
    { name: "dport", args: 1, invertible: true },
    { name: "chunk-types", args: 2, invertible: true },
  ],
  init: () => ({ inv: [], seen: [] }),
  parse(d, { option, args, invert }) {
    if (option === "source-port" || option === "sport") {
      once(d, "sport", "Only one `--source-port' allowed");
      d.spts = parsePortRange(args[0]!, "sctp");
      if (invert) d.inv.push("sport");
    } else if (option === "destination-port" || option === "dport") {
      once(d, "dport", "Only one `--destination-port' allowed");
      d.dpts = parsePortRange(args[0]!, "sctp");
      if (invert) d.inv.push("dport");
    } else {
      once(d, "chunks", "Only one `--chunk-types' allowed");
      const list = args[1];
      if (list === undefined || list.startsWith("-") || list.startsWith("!")) throw paramProblem("--chunk-types requires two args");
      d.chunks = parseChunks(args[0]!, list);
      if (invert) d.inv.push("chunks");
    }
  },
  checkEntry: (_d, { rule }) => rule.proto === 132 && !rule.protoInvert,
  // flags stored for a chunk type the rule does not list (I_DATA's) are compared, not saved
  identity: (d) => (d.chunks && Array.isArray(d.chunks.types) ? hiddenFlags(d.chunks) : ""),
  save(d) {
    const parts: string[] = [];
    const neg = (k: string) => (d.inv.includes(k) ? "! " : "");
    if (d.spts) parts.push(`${neg("sport")}--sport ${rangeText(d.spts)}`);
    if (d.dpts) parts.push(`${neg("dport")}--dport ${rangeText(d.dpts)}`);
    if (d.chunks) parts.push(`${neg("chunks")}--chunk-types ${chunksText(d.chunks, false)}`);
    return parts.join(" ");
  },
  print(d, { numeric }) {
    let out = "sctp";
    if (d.spts) out += printPorts("spt", d.spts, d.inv.includes("sport"), "sctp", numeric);
    if (d.dpts) out += printPorts("dpt", d.dpts, d.inv.includes("dport"), "sctp", numeric);
    if (d.chunks) out += `${d.inv.includes("chunks") ? " !" : ""} ${chunksText(d.chunks, numeric)}`;
    return out;
  },
  match(d, pkt) {
    if (pkt.proto !== 132 || pkt.fragOffset !== 0) return false;
    if (inRange(pkt.sport, d.spts ?? FULL_RANGE) === d.inv.includes("sport")) return false;
    if (inRange(pkt.dport, d.dpts ?? FULL_RANGE) === d.inv.includes("dport")) return false;
    // Chunks are not modelled: a packet is taken to carry none.
    if (d.chunks) {
      const c = d.chunks;
      const hit = c.types === "NONE" || (c.mode === "only" && c.types !== "ALL") || (Array.isArray(c.types) && c.types.length === 0);
      if (hit === d.inv.includes("chunks")) return false;
    }
    return true;
  },
};
