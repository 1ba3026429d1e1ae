// `ip netns list-id [target-nsid ID] [nsid ID]`: the ids a namespace gave its peers (RTM_GETNSID).
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { fail, invalidArgument, kernelError, ok, u32, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";
import { NETNS_USAGE } from "./usage.js";

interface ListIdArgs { target?: number; nsid?: number }

/** The options, read as iproute2's netns_list_id does (its negative-value message names "(null)"). */
function parseListIdArgs(args: string[]): ListIdArgs | CommandResult {
  const parsed: ListIdArgs = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word !== "target-nsid" && word !== "nsid") return fail(NETNS_USAGE, 255);
    const value = args[++i];
    if (value === undefined) return fail('Command line is not complete. Try option "help"', 255);
    if (/^-\d+$/.test(value)) return invalidArgument(`"${word}" value should be >= 0`, "(null)", true);
    const n = u32(value);
    if (n === undefined || n > 0x7fffffff) return fail(`Error: argument "${value}" is wrong: "${word}" value is invalid`, 255);
    parsed[word === "nsid" ? "nsid" : "target"] = n;
  }
  return parsed;
}

type IdTable = Record<string, number>;

export function listIds(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseListIdArgs(args);
  if ("rc" in parsed) return parsed;
  const tables = o.world.netnsIds ?? {};
  const mine: IdTable = tables[o.netns] ?? {};
  const byId = (table: IdTable, id: number) => Object.keys(table).find((name) => table[name] === id);
  // iproute2 names an entry by the id this namespace gave it
  const nameOf = (id: number | undefined) => {
    const name = id === undefined ? undefined : byId(mine, id);
    return name !== undefined && name !== "" && getNamespace(o.world, name) ? name : undefined;
  };
  let rows: { nsid?: number; current?: number }[];
  if (parsed.target !== undefined) {
    const target = byId(mine, parsed.target);
    if (target === undefined) return fail("Error: Invalid target network namespace id.\nDump terminated", 1);
    const theirs: IdTable = tables[target] ?? {};
    if (parsed.nsid !== undefined) {
      const peer = byId(mine, parsed.nsid);
      if (peer === undefined) return kernelError("Error: Peer netns reference is invalid.");
      rows = [{ nsid: theirs[peer], current: parsed.nsid }];
    } else {
      rows = Object.entries(theirs).sort((a, b) => a[1] - b[1]).map(([peer, id]) => ({ nsid: id, current: mine[peer] ?? -1 }));
    }
  } else if (parsed.nsid !== undefined) {
    if (byId(mine, parsed.nsid) === undefined) return kernelError("Error: Peer netns reference is invalid.");
    rows = [{ nsid: parsed.nsid }];
  } else {
    rows = Object.values(mine).sort((a, b) => a - b).map((nsid) => ({ nsid }));
  }
  const text = (id: number | undefined) => (id === undefined || id < 0 ? "unassigned" : String(id));
  const named = (r: { nsid?: number; current?: number }) => nameOf(r.nsid !== undefined && r.nsid >= 0 ? r.nsid : r.current);
  if (o.json) {
    return ok(jsonLine(o, rows.map((r) => {
      const name = named(r);
      return { nsid: r.nsid ?? -1, ...(r.current !== undefined ? { "current-nsid": r.current } : {}), ...(name ? { name } : {}) };
    })));
  }
  return ok(rows.map((r) => {
    const name = named(r);
    return `nsid ${text(r.nsid)} ${r.current !== undefined ? `current-nsid ${text(r.current)} ` : ""}${name ? `(iproute2 netns name: ${name})` : ""}\n`;
  }).join(""));
}
