// `dataplane-demo [N …]`: a nettutor teaching tool (not a Linux command). For each N it builds a
// throwaway node with N kube-proxy Services, connects once to the last one through the emulated
// packet path, and prints how many iptables rules that connection's first packet was tested
// against, next to the constant cost of a hash lookup (nftables verdict map, IPVS).
import type { Command, CommandContext, CommandResult } from "../shell/types.js";
import { measure, type Measurement } from "./dataplane-world.js";

const DEFAULT_SIZES = [10, 100, 1000, 10000];
/** Bigger worlds take too long to build for an interactive lesson. */
const MAX_SERVICES = 20000;
/** nftables: one service-ips verdict-map lookup; IPVS: one virtual-service hash lookup. */
const MAP_LOOKUPS = 1;

const FIRST_LINE = "dataplane-demo: a nettutor teaching tool, not a Linux command.\n";

const USAGE = `${FIRST_LINE}Usage: dataplane-demo [SERVICES …]   (default: ${DEFAULT_SIZES.join(" ")}; each 1 to ${MAX_SERVICES})
Builds a throwaway node for each number of Services (your own world is not touched), opens one
TCP connection to the last Service and counts the iptables rules its first packet was tested against.
`;

function parseSizes(args: string[]): number[] | string {
  if (args.length === 0) return DEFAULT_SIZES;
  const sizes: number[] = [];
  for (const a of args) {
    const n = /^\d+$/.test(a) ? Number(a) : NaN;
    if (!(n >= 1 && n <= MAX_SERVICES)) return `dataplane-demo: '${a}' is not a number of Services from 1 to ${MAX_SERVICES}\n`;
    sizes.push(n);
  }
  return sizes;
}

const HEADINGS = ["Services", "nat rules", "iptables: rules tested", "nftables/IPVS: lookups"];

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => String(c).padStart(HEADINGS[i]!.length)).join("  ") + "\n";
}

function probeResult(m: Measurement): string {
  return m.probe.find(([k]) => k === "result")?.[1] ?? "?";
}

function run(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  if (args.includes("-h") || args.includes("--help")) return { stdout: USAGE, stderr: "", rc: 0 };
  const sizes = parseSizes(args);
  if (typeof sizes === "string") return { stdout: "", stderr: sizes + USAGE, rc: 2 };

  let out =
    FIRST_LINE +
    "Each row: a fresh node with N Services (kube-proxy, iptables mode), one connection to the\n" +
    "LAST Service, and the nat rules its first packet was tested against (later packets of the\n" +
    "connection skip nat: conntrack already knows the answer).\n\n" +
    HEADINGS.join("  ") + "\n";
  const failed: string[] = [];
  for (const n of sizes) {
    const m = measure(n);
    if ("error" in m) return { stdout: out, stderr: `dataplane-demo: building the node failed: ${m.error}\n`, rc: 1 };
    out += row([m.services, m.natRules, m.natRulesEvaluated, MAP_LOOKUPS]);
    const result = probeResult(m);
    if (result !== "connected") failed.push(`${n} Services: the connection ended with "${result}"`);
  }
  out +=
    "\niptables walks KUBE-SERVICES top to bottom, one rule per Service, until the destination matches.\n" +
    `${MAP_LOOKUPS} lookup = one hash lookup of (destination IP, protocol, port): nftables' service-ips\n` +
    "verdict map, or IPVS's table of virtual services. It stays 1 however many Services there are.\n";
  for (const f of failed) out += `note: ${f}\n`;
  return { stdout: out, stderr: "", rc: 0 };
}

export const DATAPLANE_DEMO_COMMAND: Command = { name: "dataplane-demo", run };
