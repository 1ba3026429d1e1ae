// iproute2 6.1's `bridge`: `bridge link` shows and sets bridge ports (state, priority, cost and
// the port flags -d prints), `bridge vlan` and `bridge mdb` show what this kernel keeps (it has
// no VLAN filtering, so adding a VLAN fails). Forwarding entries (`bridge fdb`) are not kept.
import type { Command, CommandContext, CommandResult } from "../shell/types.js";
import { CommandExit, exitsWith } from "../shell/command-exit.js";
import { getNamespace, isOperUp, linkByIndex } from "./links.js";
import type { Link } from "./types.js";
import { PORT_FLAGS, STP_STATES, portCost, portFlag, portMcastRouter, portPriority, portSettings, portState, type BridgePortSettings } from "./bridge-port.js";
import { linkFlags, paint } from "./ip/common.js";
import { prettyJson } from "./ip/json.js";
import { bridgeSettings } from "./ip/bridge-options.js";

const USAGE =
  "Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n" +
  "       bridge [ -force ] -batch filename\n" +
  "where  OBJECT := { link | fdb | mdb | vlan | monitor }\n" +
  "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n" +
  "                    -o[neline] | -t[imestamp] | -n[etns] name |\n" +
  "                    -c[ompressvlans] -color -p[retty] -j[son] }\n";

const LINK_USAGE = `Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                               [ guard {on | off} ]
                               [ hairpin {on | off} ]
                               [ fastleave {on | off} ]
                               [ root_block {on | off} ]
                               [ learning {on | off} ]
                               [ learning_sync {on | off} ]
                               [ flood {on | off} ]
                               [ mcast_router MULTICAST_ROUTER ]
                               [ mcast_flood {on | off} ]
                               [ bcast_flood {on | off} ]
                               [ mcast_to_unicast {on | off} ]
                               [ neigh_suppress {on | off} ]
                               [ vlan_tunnel {on | off} ]
                               [ isolated {on | off} ]
                               [ locked {on | off} ]
                               [ hwmode {vepa | veb} ]
                               [ backup_port DEVICE ] [ nobackup_port ]
                               [ self ] [ master ]
       bridge link show [dev DEV]
`;

const SETTABLE_FLAGS = new Set([...PORT_FLAGS.map(([name]) => name), "learning_sync"]);

const fail = (stderr: string, rc = 255) => new CommandExit({ stdout: "", stderr, rc });

/** iproute2's matches(): a non-empty prefix of the keyword. */
const prefixOf = (word: string, keyword: string) => word.length > 0 && keyword.startsWith(word);

interface Options {
  details: boolean;
  json: boolean;
  pretty: boolean;
  /** -c / -color[=always]: port names in colour. */
  color: boolean;
}

function showLinks(ctx: CommandContext, o: Options, args: string[]): CommandResult {
  let dev: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "dev") {
      const name = args[++i];
      if (name === undefined) throw fail('Command line is not complete. Try option "help"\n');
      if (dev !== undefined) throw fail(`Error: duplicate "dev": "${name}" is the second value.\n`);
      dev = name;
    }
  }
  const ns = getNamespace(ctx.world, ctx.netns);
  const links = ns?.links ?? [];
  if (dev !== undefined && !links.some((l) => l.name === dev)) throw fail(`Cannot find device "${dev}"\n`);
  const ports = links.filter((l) => l.master !== undefined && (dev === undefined || l.name === dev));
  const records: Record<string, unknown>[] = [];
  let text = "";
  for (const port of ports) {
    const bridge = linkByIndex(ctx.world, ctx.netns, port.master!);
    // (the bridge's dump has the peer's ifindex without its namespace: it names whatever has it here)
    const peer = port.peer ? (linkByIndex(ctx.world, ctx.netns, port.peer.ifindex)?.name ?? `if${port.peer.ifindex}`) : undefined;
    const flags = linkFlags(ctx.world, ctx.netns, port);
    const state = portState(ctx.world, ctx.netns, port, bridge);
    const priority = portPriority(port);
    const cost = portCost(port);
    const portFlags = PORT_FLAGS.map(([name]) => [name, portFlag(port, name)] as const);
    const record: Record<string, unknown> = { ifindex: port.ifindex, ...(peer ? { link: peer } : {}), ifname: port.name, flags: flags.slice(1, -1).split(","), mtu: port.mtu, master: bridge?.name, state, priority, cost };
    text += `${port.ifindex}: ${paint(o, "ifname", `${port.name}${peer ? `@${peer}` : ""}: `)}${flags} mtu ${port.mtu} master ${bridge?.name} state ${state} priority ${priority} cost ${cost} \n`;
    if (o.details) {
      const shown = portFlags.map(([name, on]) => `${name} ${on ? "on" : "off"} `);
      shown.splice(8, 0, `mcast_router ${portMcastRouter(port)} `);
      text += `    ${shown.join("")}\n`;
      for (const [name, on] of portFlags) {
        record[name] = on;
        if (name === "bcast_flood") record.mcast_router = portMcastRouter(port);
      }
    }
    records.push(record);
  }
  if (o.json) return { stdout: `${o.pretty ? prettyJson(records) : JSON.stringify(records)}\n`, stderr: "", rc: 0 };
  return { stdout: text, stderr: "", rc: 0 };
}

/** atoi(): leading blanks, a sign, digits; 0 when none. */
function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) | 0 : 0;
}

function setLink(ctx: CommandContext, args: string[]): CommandResult {
  let dev: string | undefined;
  const change: BridgePortSettings = { flags: {} };
  let self = false;
  let master = false;
  const next = (i: number) => {
    if (args[i + 1] === undefined) throw fail('Command line is not complete. Try option "help"\n');
    return args[i + 1]!;
  };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "dev") dev = next(i++);
    else if (SETTABLE_FLAGS.has(word)) {
      const value = next(i++);
      if (value !== "on" && value !== "off") throw fail(`Error: argument of "${word}" must be one of "off", "on", not "${value}"\n`, 234);
      change.flags![word] = value === "on";
    } else if (word === "cost") {
      const cost = atoi(next(i++)) >>> 0;
      if (cost > 0) change.cost = cost;
    } else if (word === "priority") {
      // (a negative priority or router mode is what iproute2 takes for "not given": nothing is sent)
      const priority = (atoi(next(i++)) << 16) >> 16;
      if (priority >= 0) change.priority = priority;
    } else if (word === "mcast_router") {
      const mode = (atoi(next(i++)) << 24) >> 24;
      if (mode >= 0) change.mcastRouter = mode;
    }
    else if (word === "state") {
      const value = next(i++);
      let state = /^[+-]?\d+$/.test(value) ? Number(value) : STP_STATES.indexOf(value);
      if (state === -1 && !/^[+-]?\d+$/.test(value)) throw fail("Error: invalid STP port state\n");
      state = (state << 24) >> 24;
      if (state >= 0) change.state = state;
    } else if (word === "hwmode") {
      const value = next(i++);
      if (value !== "vepa" && value !== "veb") throw fail('Mode argument must be "vepa" or "veb".\n');
      self = true;
    } else if (word === "backup_port") {
      const name = next(i++);
      if (!getNamespace(ctx.world, ctx.netns)?.links.some((l) => l.name === name)) throw fail(`Error: device ${name} does not exist\n`);
    } else if (word === "self") self = true;
    else if (word === "master") master = true;
    else if (word !== "nobackup_port") throw fail(LINK_USAGE);
  }
  if (dev === undefined) throw fail("Device is a required argument.\n");
  const port = getNamespace(ctx.world, ctx.netns)?.links.find((l) => l.name === dev);
  if (!port) throw fail(`Cannot find bridge device "${dev}"\n`);
  // "self" (and hwmode) asks the device's own driver, which no device here has; the bridge
  // (the master) is asked only when self was not given alone
  if (!self || master) applyPortChange(ctx, port, change);
  if (self) throw fail("RTNETLINK answers: Operation not supported\n");
  return { stdout: "", stderr: "", rc: 0 };
}

/** br_setport's order: flags, cost, priority, state, multicast router, each checked as it is set. */
function applyPortChange(ctx: CommandContext, port: Link, change: BridgePortSettings): void {
  // only a bridge port takes port settings; the kernel checks each value as it sets it
  if (port.master === undefined) throw fail("RTNETLINK answers: Operation not supported\n");
  const outOfRange = () => fail("RTNETLINK answers: Numerical result out of range\n");
  const s = portSettings(port);
  if (Object.keys(change.flags!).length > 0) s.flags = { ...s.flags, ...change.flags };
  if (change.cost !== undefined) {
    if (change.cost > 65535) throw outOfRange();
    s.cost = change.cost;
  }
  if (change.priority !== undefined) {
    if (change.priority > 63) throw outOfRange();
    s.priority = change.priority;
  }
  if (change.state !== undefined) {
    if (change.state > 4) throw fail("RTNETLINK answers: Invalid argument\n");
    const bridge = linkByIndex(ctx.world, ctx.netns, port.master!);
    if (bridge && bridgeSettings(bridge).stp_state !== 0) throw fail("RTNETLINK answers: Device or resource busy\n");
    // a port that is down takes no state; one without carrier only "disabled"
    if (!port.adminUp || (change.state !== 0 && !isOperUp(ctx.world, ctx.netns, port))) throw fail("RTNETLINK answers: Network is down\n");
    // (without STP the port state selection makes every enabled port forward again at once:
    // only "disabled" stays)
    s.state = change.state === 0 ? 0 : undefined;
  }
  if (change.mcastRouter !== undefined) {
    if (change.mcastRouter > 3) throw fail("RTNETLINK answers: Invalid argument\n");
    s.mcastRouter = change.mcastRouter;
  }
}

function doLink(ctx: CommandContext, o: Options, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined) return showLinks(ctx, o, []);
  if (prefixOf(sub, "set") || prefixOf(sub, "change")) return setLink(ctx, rest);
  if (prefixOf(sub, "show") || prefixOf(sub, "lst") || prefixOf(sub, "list")) return showLinks(ctx, o, rest);
  if (prefixOf(sub, "help")) throw fail(LINK_USAGE);
  throw fail(`Command "${sub}" is unknown, try "bridge link help".\n`);
}

/** No VLAN filtering in this kernel: nothing to list, and adding fails. */
function doVlan(o: Options, args: string[]): CommandResult {
  const sub = args[0];
  if (sub === undefined || prefixOf(sub, "show") || prefixOf(sub, "list") || prefixOf(sub, "lst")) {
    // (-d asks for the per-VLAN dump, which a bridge without VLAN filtering refuses)
    if (o.details && !o.json) throw new CommandExit({ stdout: "port              vlan-id  \n", stderr: "RTNETLINK answers: Operation not supported\nDump terminated\n", rc: 1 });
    return { stdout: o.json ? "[]\n" : "port              vlan-id  \n", stderr: "", rc: 0 };
  }
  if (prefixOf(sub, "add")) throw fail("RTNETLINK answers: Operation not supported\n");
  // (deleting a VLAN the port does not have is no error)
  if (prefixOf(sub, "delete")) return { stdout: "", stderr: "", rc: 0 };
  throw fail(`Command "${sub}" is unknown, try "bridge vlan help".\n`);
}

function run(ctx: CommandContext): CommandResult {
  const o: Options = { details: false, json: false, pretty: false, color: false };
  let netns = ctx.netns;
  let args = ctx.argv.slice(1);
  while (args.length > 0) {
    let opt = args[0]!;
    if (opt === "--") {
      args = args.slice(1);
      break;
    }
    if (!opt.startsWith("-")) break;
    if (opt.startsWith("--")) opt = opt.slice(1);
    if (prefixOf(opt, "-help")) throw fail(USAGE);
    else if (prefixOf(opt, "-Version")) return { stdout: "bridge utility, 6.1.0\n", stderr: "", rc: 0 };
    else if (prefixOf(opt, "-details")) o.details = true;
    else if (prefixOf(opt, "-netns")) {
      // (the options are read in bridge.c's order: -n is -netns, -c is -color before -compressvlans)
      const name = args[1];
      if (name === undefined) throw fail('Command line is not complete. Try option "help"\n');
      if (!getNamespace(ctx.world, name)) throw fail(`Cannot open network namespace "${name}": No such file or directory\n`);
      netns = name;
      args = args.slice(1);
    } else if (/^-c(o(l(o(r)?)?)?)?(=(always|auto|never)?)?$/.test(opt)) o.color = !/=(auto|never)$/.test(opt);
    else if (prefixOf(opt, "-json")) o.json = true;
    else if (prefixOf(opt, "-pretty")) o.pretty = true;
    else if (!(prefixOf(opt, "-stats") || prefixOf(opt, "-statistics") || prefixOf(opt, "-oneline") || prefixOf(opt, "-timestamp") || prefixOf(opt, "-compressvlans") || prefixOf(opt, "-force") || opt === "-4" || opt === "-6")) {
      throw fail(`Option "${opt}" is unknown, try "bridge help".\n`);
    }
    args = args.slice(1);
  }
  const [object, ...rest] = args;
  if (object === undefined) throw fail(USAGE);
  if (netns !== ctx.netns) ctx = { ...ctx, netns };
  if (prefixOf(object, "link")) return doLink(ctx, o, rest);
  if (prefixOf(object, "vlan")) return doVlan(o, rest);
  // (the multicast groups it lists come from MLD snooping on timers: none here)
  if (prefixOf(object, "mdb")) return { stdout: o.json ? '[{"mdb":[],"router":{}}]\n' : "", stderr: "", rc: 0 };
  if (prefixOf(object, "fdb")) throw fail("bridge: forwarding database entries are not emulated here\n", 1);
  if (prefixOf(object, "help")) throw fail(USAGE);
  const watched = ["link", "fdb", "mdb", "vlan", "vni", "all", "help"];
  if (prefixOf(object, "monitor") && rest[0] !== undefined && !watched.some((w) => prefixOf(rest[0]!, w))) {
    throw fail(`Argument "${rest[0]}" is unknown, try "bridge monitor help".\n`);
  }
  throw fail(`Object "${object}" is unknown, try "bridge help".\n`);
}

export const bridgeCommand: Command = {
  name: "bridge",
  run: (ctx: CommandContext): CommandResult => exitsWith(() => run(ctx)),
};
