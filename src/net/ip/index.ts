// The `ip` command (iproute2): global options, then one object per module.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { KillSignal } from "../../shell/deadline.js";
import { pruneMultipathRoutes } from "../route-config.js";
import { ipAddr } from "./addr.js";
import { fail, invalidArgument, matches, type IpOptions } from "./common.js";
import { ipLink } from "./link.js";
import { ipMaddr } from "./maddr.js";
import { ipNeigh } from "./neigh.js";
import { ipNetconf } from "./netconf.js";
import { ipNetns } from "./netns.js";
import { ipMonitor, ipMroute, ipVrf } from "./no-entries.js";
import { ipRoute } from "./route.js";
import { ipRule } from "./rule.js";

type ObjectHandler = (o: IpOptions, args: string[]) => CommandResult;

/** iproute2's object table, in its order: an abbreviation picks the first object it prefixes. */
const OBJECTS: [string, ObjectHandler | undefined][] = [
  ["address", ipAddr], ["addrlabel", undefined], ["amt", undefined], ["maddress", ipMaddr], ["route", ipRoute], ["rule", ipRule],
  ["neighbor", ipNeigh], ["neighbour", ipNeigh], ["ntable", undefined], ["link", ipLink], ["l2tp", undefined],
  ["fou", undefined], ["ila", undefined], ["macsec", undefined], ["tunnel", undefined], ["tuntap", undefined],
  ["tap", undefined], ["token", undefined], ["tcpmetrics", undefined], ["monitor", ipMonitor], ["xfrm", undefined],
  ["mroute", ipMroute], ["mrule", undefined], ["netns", ipNetns], ["netconf", ipNetconf], ["vrf", ipVrf],
  ["sr", undefined], ["nexthop", undefined], ["mptcp", undefined], ["ioam", undefined], ["stats", undefined],
];

const USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

/** read_family's names. */
const FAMILIES: Record<string, 0 | 4 | 6 | "link"> = { inet: 4, inet6: 6, link: "link", mpls: 0, bridge: 0 };

function setFamily(o: IpOptions, family: 0 | 4 | 6 | "link"): void {
  o.linkOnly = family === "link";
  o.family = family === "link" ? 0 : family;
}

/**
 * -batch FILE (or - for stdin): each line is an `ip` command without the options; the first
 * failure stops the batch ("Command failed FILE:LINE"), or with -force is reported and passed.
 */
function runBatch(ctx: CommandContext, o: IpOptions, file: string, force: boolean): CommandResult {
  const text = file === "-" ? ctx.stdin : ctx.fs.readFile(file);
  if (text === undefined) return fail(`Cannot open file "${file}" for reading: No such file or directory`, 1);
  let stdout = "";
  let stderr = "";
  let failed = false;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const words = lines[n]!.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const r = runObject({ ...o }, words);
    stdout += r.stdout;
    stderr += r.stderr;
    if (r.rc === 0) continue;
    stderr += `Command failed ${file}:${n + 1}\n`;
    failed = true;
    if (!force) break;
  }
  return { stdout, stderr, rc: failed ? 1 : 0 };
}

function runIp(ctx: CommandContext): CommandResult {
  let batch: string | undefined;
  let force = false;
  const o: IpOptions = { ctx, world: ctx.world, netns: ctx.netns, family: 0, brief: false, oneline: false, json: false, pretty: false, details: false };
  const args = ctx.argv.slice(1);
  while (args.length > 0 && args[0]!.startsWith("-") && args[0]!.length > 1) {
    let opt = args.shift()!;
    if (opt.startsWith("--")) opt = opt.slice(1);
    // -color[=never|auto|always]: the value is part of the option; without one, always (auto
    // colours only a terminal, and a command's output here is a pipe or file)
    const color = /^(-c(?:o(?:l(?:o(?:r)?)?)?)?)(?:=(.*))?$/.exec(opt);
    if (color && color[2] !== undefined && !["always", "auto", "never"].includes(color[2])) return fail(`Option "${opt}" is unknown, try "ip -help".`, 255);
    if (color) {
      o.color = color[2] === undefined || color[2] === "always";
      continue;
    }
    // (ip.c's order decides what an abbreviation means: -b is -batch, -h -human, -r -resolve)
    if (matches(opt, "-loops")) {
      if (args.shift() === undefined) return fail(USAGE, 255);
    } else if (matches(opt, "-family")) {
      const f = args.shift();
      if (f === undefined || f === "help") return fail(USAGE, 255);
      const family = FAMILIES[f];
      if (family === undefined) return invalidArgument("invalid protocol family", f, true);
      setFamily(o, family);
    } else if (opt === "-4") setFamily(o, 4);
    else if (opt === "-6") setFamily(o, 6);
    else if (opt === "-0") setFamily(o, "link");
    else if (matches(opt, "-human") || matches(opt, "-human-readable") || matches(opt, "-iec") || matches(opt, "-resolve") ||
      matches(opt, "-timestamp") || matches(opt, "-tshort")) continue;
    else if (matches(opt, "-stats") || matches(opt, "-statistics")) o.stats = (o.stats ?? 0) + 1;
    else if (matches(opt, "-details")) o.details = true;
    else if (matches(opt, "-oneline")) o.oneline = true;
    else if (matches(opt, "-Version")) return { stdout: "ip utility, iproute2-6.1.0, libbpf 1.1.2\n", stderr: "", rc: 0 };
    else if (matches(opt, "-force")) force = true;
    else if (matches(opt, "-batch")) {
      batch = args.shift();
      if (batch === undefined) return fail(USAGE, 255);
    } else if (matches(opt, "-brief")) o.brief = true;
    else if (matches(opt, "-json")) o.json = true;
    else if (matches(opt, "-pretty")) o.pretty = true;
    else if (matches(opt, "-rcvbuf")) {
      if (args.shift() === undefined) return fail(USAGE, 255);
    } else if (matches(opt, "-help")) return fail(USAGE, 255);
    else if (matches(opt, "-netns")) {
      const name = args.shift();
      if (name === undefined) return fail('Cannot open network namespace "(null)": No such file or directory', 255);
      if (name === "" || !getNamespace(o.world, name)) return fail(`Cannot open network namespace "${name}": No such file or directory`, 255);
      o.netns = name;
    } else if (matches(opt, "-Numeric")) o.numeric = true;
    else if (matches(opt, "-all")) o.all = true;
    else return fail(`Option "${opt}" is unknown, try "ip -help".`, 255);
  }
  if (batch !== undefined) return runBatch(ctx, o, batch, force);
  return runObject(o, args);
}

/** One `OBJECT COMMAND…` (a command line's, or a batch file's line). */
function runObject(o: IpOptions, args: string[]): CommandResult {
  const [object, ...rest] = args;
  if (object === undefined) return fail(USAGE, 255);
  const entry = OBJECTS.find(([name]) => matches(object, name));
  if (object === "help" || (entry === undefined && matches(object, "help"))) return fail(USAGE, 255);
  if (!entry || !entry[1]) return fail(`Object "${object}" is unknown, try "ip help".`, 1);
  return entry[1](o, rest);
}

export const ipCommand: Command = {
  name: "ip",
  run(ctx) {
    try {
      const result = runIp(ctx);
      pruneMultipathRoutes(ctx.world);
      return result;
    } catch (error) {
      // A command `ip netns exec` ran that outlived the time limit: the whole line is killed.
      if (error instanceof KillSignal) throw error;
      // Bad input must never escape as an exception; report it as iproute2 would a kernel error.
      return fail(`RTNETLINK answers: ${(error as Error).message}`, 2);
    }
  },
};
