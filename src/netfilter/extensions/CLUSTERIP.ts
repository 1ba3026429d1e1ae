// -j CLUSTERIP (IPv4): the removed cluster-IP target. libipt_CLUSTERIP ships, the kernel has
// no ipt_CLUSTERIP: libxtables warns while loading it and the kernel refuses every rule
// (ENOENT). --new needs the whole cluster description, as libipt_CLUSTERIP's final check says.
import { paramProblem } from "../xtables-error.js";
import { missingModuleTarget } from "./target-util/missing-module.js";
import { givenOptions, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { badValue } from "./util/errors.js";

const SPECS: OptionSpec[] = [
  { name: "new", id: 0, args: 0 },
  { name: "hashmode", id: 1, args: 1 },
  { name: "clustermac", id: 2, args: 1 },
  { name: "total-nodes", id: 3, args: 1 },
  { name: "local-node", id: 4, args: 1 },
  { name: "hash-init", id: 5, args: 1 },
];

const HELP =
  "CLUSTERIP target options:\n" +
  "  --new\t\t\t Create a new ClusterIP\n" +
  "  --hashmode <mode>\t\t Specify hashing mode\n" +
  "\t\t\t\t\tsourceip\n" +
  "\t\t\t\t\tsourceip-sourceport\n" +
  "\t\t\t\t\tsourceip-sourceport-destport\n" +
  "  --clustermac <mac>\t\t Set clusterIP MAC address\n" +
  "  --total-nodes <num>\t\t Set number of total nodes in cluster\n" +
  "  --local-node <num>\t\t Set the local node number\n" +
  "  --hash-init <num>\t\t Set init value of the Jenkins hash\n";

const HASHMODES = ["sourceip", "sourceip-sourceport", "sourceip-sourceport-destport"];
const NODES_MAX = 16;

/** One MAC byte the way xtopt_parse_ethermac reads it: strtoul base 16, at most two characters. */
function macByte(text: string, last: boolean): number | undefined {
  const m = /^[ \t\n\v\f\r]*[+-]?(?:0[xX](?=[0-9a-fA-F]))?[0-9a-fA-F]*/.exec(text)!;
  const digits = /[0-9a-fA-F]+$/.exec(m[0]);
  // no digits: strtoul reads nothing, and the separator must then start the text
  const used = digits ? m[0].length : 0;
  const next = text.charAt(used);
  if (used > 2 || (last ? next !== "" : next !== ":")) return undefined;
  const value = digits ? parseInt(digits[0], 16) : 0;
  return (m[0].includes("-") ? -value : value) & 0xff;
}

/** XTTYPE_ETHERMAC: six bytes separated by ':'. */
function parseMac(text: string): number[] | undefined {
  const bytes: number[] = [];
  let rest = text;
  for (let i = 0; i < 6; i++) {
    const b = macByte(rest, i === 5);
    if (b === undefined) return undefined;
    bytes.push(b);
    rest = rest.slice(rest.indexOf(":") + 1);
  }
  return bytes;
}

export const CLUSTERIP = missingModuleTarget({
  name: "CLUSTERIP",
  specs: SPECS,
  help: HELP,
  checkValue(option, arg) {
    if (option === "hashmode" && !HASHMODES.includes(arg)) throw paramProblem(`Unknown hashmode "${arg}"`);
    if (option === "clustermac") {
      const mac = parseMac(arg);
      if (!mac) throw paramProblem("Invalid MAC address specified.");
      if (!(mac[0]! & 1)) throw paramProblem("MAC has to be a multicast ethernet address");
    }
    if ((option === "total-nodes" || option === "local-node") && strtoulWhole(arg, 0, NODES_MAX) === undefined) throw badValue("CLUSTERIP", option, 0, NODES_MAX);
    if (option === "hash-init" && strtoulWhole(arg) === undefined) throw badValue("CLUSTERIP", option, 0, 4294967295);
  },
  // libipt_CLUSTERIP's print: the cluster as the kernel would have been told it
  describe(given) {
    if (!given.has("new")) return "CLUSTERIP";
    const mac = parseMac(given.get("clustermac") ?? "")!.map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(":");
    const num = (option: string): number => strtoulWhole(given.get(option) ?? "0") ?? 0;
    return `CLUSTERIP hashmode=${given.get("hashmode")} clustermac=${mac} total_nodes=${num("total-nodes")} local_node=${num("local-node")} hash_init=${num("hash-init")}`;
  },
  // all of --new, --hashmode, --clustermac, --total-nodes and --local-node, or none at all
  finalCheck(data) {
    const given = givenOptions(data);
    if (given.size === 0) return;
    if (![0, 1, 2, 3, 4].every((id) => given.has(id))) throw paramProblem("CLUSTERIP target: Invalid parameter combination");
  },
});
