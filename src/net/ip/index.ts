// The `ip` command (iproute2): global options, then one object per module.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { KillSignal } from "../../shell/deadline.js";
import { pruneMultipathRoutes } from "../route-config.js";
import { ipAddr } from "./addr.js";
import { fail, matches, type IpOptions } from "./common.js";
import { ipLink } from "./link.js";
import { ipMaddr } from "./maddr.js";
import { ipNeigh } from "./neigh.js";
import { ipNetconf } from "./netconf.js";
import { ipNetns } from "./netns.js";
import { ipMroute, ipVrf } from "./no-entries.js";
import { ipRoute } from "./route.js";
import { ipRule } from "./rule.js";

type ObjectHandler = (o: IpOptions, args: string[]) => CommandResult;

/** iproute2's object table, in its order: an abbreviation picks the first object it prefixes. */
const OBJECTS: [string, ObjectHandler | undefined][] = [
  ["address", ipAddr], ["addrlabel", undefined], ["amt", undefined], ["maddress", ipMaddr], ["route", ipRoute], ["rule", ipRule],
  ["neighbor", ipNeigh], ["neighbour", ipNeigh], ["ntable", undefined], ["link", ipLink], ["l2tp", undefined],
  ["fou", undefined], ["ila", undefined], ["macsec", undefined], ["tunnel", undefined], ["tuntap", undefined],
  ["tap", undefined], ["token", undefined], ["tcpmetrics", undefined], ["monitor", undefined], ["xfrm", undefined],
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

function runIp(ctx: CommandContext): CommandResult {
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
    if (opt === "-4") o.family = 4;
    else if (opt === "-6") o.family = 6;
    else if (opt === "-0") o.family = 0;
    else if (matches(opt, "-family")) {
      const f = args.shift();
      o.family = f === "inet" ? 4 : f === "inet6" ? 6 : 0;
    } else if (matches(opt, "-stats") || matches(opt, "-statistics") || matches(opt, "-details") || matches(opt, "-resolve") ||
      matches(opt, "-color") || matches(opt, "-Numeric") || matches(opt, "-all") || matches(opt, "-human-readable") || matches(opt, "-timestamp")) {
      if (matches(opt, "-details")) o.details = true;
      if (matches(opt, "-stats") || matches(opt, "-statistics")) o.stats = (o.stats ?? 0) + 1;
      if (matches(opt, "-all")) o.all = true;
    } else if (matches(opt, "-oneline")) o.oneline = true;
    else if (opt.length > 2 && matches(opt, "-brief")) o.brief = true;
    else if (matches(opt, "-json")) o.json = true;
    else if (matches(opt, "-pretty")) o.pretty = true;
    else if (matches(opt, "-netns")) {
      const name = args.shift();
      if (name === undefined) return fail('Cannot open network namespace "(null)": No such file or directory', 255);
      if (name === "" || !getNamespace(o.world, name)) return fail(`Cannot open network namespace "${name}": No such file or directory`, 255);
      o.netns = name;
    } else if (matches(opt, "-Version")) return { stdout: "ip utility, iproute2-6.1.0, libbpf 1.1.2\n", stderr: "", rc: 0 };
    else if (matches(opt, "-help")) return fail(USAGE, 255);
    else return fail(`Option "${opt}" is unknown, try "ip -help".`, 255);
  }
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
