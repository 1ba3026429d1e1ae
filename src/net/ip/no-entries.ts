// `ip vrf`, `ip mroute` and `ip monitor`: objects that never have anything to show here — the
// oracle kernel has no vrf device type ("Error: Unknown device type."), no multicast routing
// daemon fills the mroute table, and no event arrives while a monitor waits — so they list
// nothing (or wait), as they do on that host, and answer help and bad words alike.
import type { CommandResult } from "../../shell/types.js";
import { fail, matches, ok, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";
import { waitForever } from "../../shell/deadline.js";

const VRF_USAGE = `Usage:	ip vrf show [NAME] ...
	ip vrf exec [NAME] cmd ...
	ip vrf identify [PID]
	ip vrf pids [NAME]`;

const MROUTE_USAGE = `Usage: ip mroute show [ [ to ] PREFIX ] [ from PREFIX ] [ iif DEVICE ]
                      [ table TABLE_ID ]
TABLE_ID := [ local | main | default | all | NUMBER ]`;

const unknown = (object: string, word: string) => fail(`Command "${word}" is unknown, try "ip ${object} help".`, 255);

export function ipVrf(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined || matches(sub, "show") || matches(sub, "lst") || matches(sub, "list")) {
    if (rest.length > 0) return fail("Invalid VRF", 255);
    if (o.json) return ok(jsonLine(o, []));
    return ok("Name              Table\n-----------------------\nNo VRF has been configured\n");
  }
  if (matches(sub, "exec")) return rest.length ? fail("Invalid VRF name", 255) : fail("No VRF name specified", 1);
  // (no VRF is bound to any process: nothing to name)
  if (matches(sub, "identify")) return ok();
  if (matches(sub, "pids")) return fail(rest.length ? "Invalid VRF name" : "Invalid arguments", 1);
  if (matches(sub, "help")) return fail(VRF_USAGE, 255);
  return unknown("vrf", sub);
}

export function ipMroute(o: IpOptions, args: string[]): CommandResult {
  const [sub] = args;
  if (sub === undefined || matches(sub, "show") || matches(sub, "list")) return ok(o.json ? jsonLine(o, []) : "");
  if (matches(sub, "help")) return fail(MROUTE_USAGE, 255);
  return unknown("mroute", sub);
}

/**
 * `ip monitor [OBJECTS]`: waits for netlink events, which nothing sends while it waits (the
 * commands run one at a time): it runs until the time limit kills it, as on the oracle (rc 124).
 */
export function ipMonitor(o: IpOptions, args: string[]): CommandResult {
  if (args[0] !== undefined && matches(args[0], "help")) return fail(MONITOR_USAGE, 255);
  waitForever(o.world);
  return ok();
}

const MONITOR_USAGE = `Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]
                  [ dev DEVICE ]
OBJECTS :=  address | link | mroute | neigh | netconf |
            nexthop | nsid | prefix | route | rule | stats
FILE := file FILENAME`;
