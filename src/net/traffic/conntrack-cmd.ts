// `conntrack -L | -C | -F | -D` (conntrack-tools 1.4.7) over the namespace's table.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4, parseIpv4 } from "../../netfilter/ip.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from "../../netfilter/types.js";
import type { CtEntry, CtTuple } from "../conntrack.js";
import { entryCount, flush, removeEntry, secondsLeft } from "../conntrack.js";
import { conntrackOf, publishCount } from "../packet-path-hooks.js";

const VERSION = "conntrack v1.4.7 (conntrack-tools)";
const PROTO_NAMES: Record<number, string> = { [IPPROTO_TCP]: "tcp", [IPPROTO_UDP]: "udp", [IPPROTO_ICMP]: "icmp" };

interface Filter {
  proto?: number;
  src?: number;
  dst?: number;
  sport?: number;
  dport?: number;
  replySrc?: number;
  replyDst?: number;
  mark?: number;
}

function tupleText(t: CtTuple, icmpCode = 0): string {
  const addrs = `src=${formatIpv4(t.src)} dst=${formatIpv4(t.dst)}`;
  if (t.proto === IPPROTO_ICMP) return `${addrs} type=${t.dport} code=${icmpCode} id=${t.sport}`;
  if (t.proto === IPPROTO_TCP || t.proto === IPPROTO_UDP) return `${addrs} sport=${t.sport} dport=${t.dport}`;
  return addrs;
}

export function entryLine(e: CtEntry, now: number): string {
  const name = PROTO_NAMES[e.orig.proto] ?? "unknown";
  const parts = [`${name.padEnd(8)} ${e.orig.proto} ${secondsLeft(e, now)}`];
  if (e.orig.proto === IPPROTO_TCP) parts.push(e.tcpState === "NONE" ? "NONE" : e.tcpState);
  parts.push(tupleText(e.orig));
  if (!e.seenReply) parts.push("[UNREPLIED]");
  parts.push(tupleText(e.reply));
  if (e.assured) parts.push("[ASSURED]");
  parts.push(`mark=${e.mark}`, "use=1");
  return parts.join(" ");
}

function matches(e: CtEntry, f: Filter): boolean {
  if (f.proto !== undefined && e.orig.proto !== f.proto) return false;
  if (f.src !== undefined && e.orig.src !== f.src) return false;
  if (f.dst !== undefined && e.orig.dst !== f.dst) return false;
  if (f.sport !== undefined && e.orig.sport !== f.sport) return false;
  if (f.dport !== undefined && e.orig.dport !== f.dport) return false;
  if (f.replySrc !== undefined && e.reply.src !== f.replySrc) return false;
  if (f.replyDst !== undefined && e.reply.dst !== f.replyDst) return false;
  if (f.mark !== undefined && e.mark !== f.mark) return false;
  return true;
}

function fail(text: string, rc = 2): CommandResult {
  return { stdout: "", stderr: `${VERSION}: ${text}\n`, rc };
}

const PROTO_NUMBERS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1 };

export const conntrackCommand: Command = {
  name: "conntrack",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let mode: "L" | "C" | "F" | "D" | undefined;
    const f: Filter = {};
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const value = () => args[++i];
      const addr = (text: string | undefined) => (text === undefined ? undefined : parseIpv4(text));
      switch (a) {
        case "-L":
        case "--dump":
          mode = "L";
          break;
        case "-C":
        case "--count":
          mode = "C";
          break;
        case "-F":
        case "--flush":
          mode = "F";
          break;
        case "-D":
        case "--delete":
          mode = "D";
          break;
        case "-p":
        case "--proto": {
          const p = value()?.toLowerCase();
          const n = p === undefined ? undefined : (PROTO_NUMBERS[p] ?? Number(p));
          if (n === undefined || !Number.isInteger(n)) return fail(`\`${p ?? ""}' unsupported protocol`);
          f.proto = n;
          break;
        }
        case "-s":
        case "--src":
        case "--orig-src":
          if ((f.src = addr(value())) === undefined) return fail("Bad parameter `src'");
          break;
        case "-d":
        case "--dst":
        case "--orig-dst":
          if ((f.dst = addr(value())) === undefined) return fail("Bad parameter `dst'");
          break;
        case "-r":
        case "--reply-src":
          if ((f.replySrc = addr(value())) === undefined) return fail("Bad parameter `reply-src'");
          break;
        case "-q":
        case "--reply-dst":
          if ((f.replyDst = addr(value())) === undefined) return fail("Bad parameter `reply-dst'");
          break;
        case "--sport":
        case "--orig-port-src":
          f.sport = Number(value());
          break;
        case "--dport":
        case "--orig-port-dst":
          f.dport = Number(value());
          break;
        case "-m":
        case "--mark":
          f.mark = Number(value());
          break;
        case "-n":
        case "-o":
          if (a === "-o") i++;
          break;
        default:
          return fail(`Invalid argument \`${a}'`);
      }
    }
    const ns = ctx.world.namespaces[ctx.netns];
    if (!ns) return fail("Operation failed: No such file or directory", 1);
    const table = conntrackOf(ns);
    const now = ctx.world.clock;
    const live = Object.values(table.entries).filter((e) => e.expires > now);
    switch (mode ?? "L") {
      case "C":
        return { stdout: `${entryCount(table)}\n`, stderr: "", rc: 0 };
      case "F":
        flush(table);
        publishCount(ctx.world, ctx.netns, table);
        return { stdout: "", stderr: `${VERSION}: connection tracking table has been emptied.\n`, rc: 0 };
      case "D": {
        const gone = live.filter((e) => matches(e, f));
        for (const e of gone) removeEntry(table, e.id);
        publishCount(ctx.world, ctx.netns, table);
        if (gone.length === 0) return { stdout: "", stderr: `${VERSION}: 0 flow entries have been deleted.\n`, rc: 1 };
        return {
          stdout: gone.map((e) => entryLine(e, now) + "\n").join(""),
          stderr: `${VERSION}: ${gone.length} flow entries have been deleted.\n`,
          rc: 0,
        };
      }
      default: {
        const shown = live.filter((e) => matches(e, f));
        return {
          stdout: shown.map((e) => entryLine(e, now) + "\n").join(""),
          stderr: `${VERSION}: ${shown.length} flow entries have been shown.\n`,
          rc: 0,
        };
      }
    }
  },
};
