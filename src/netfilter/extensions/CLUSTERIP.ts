// -j CLUSTERIP (IPv4): the removed cluster-IP target. libipt_CLUSTERIP ships, the kernel has
// no ipt_CLUSTERIP: libxtables warns while loading it and the kernel refuses every rule
// (ENOENT). --new needs the whole cluster description, as libipt_CLUSTERIP's final check says.
import { paramProblem } from "../xtables-error.js";
import { missingModuleTarget } from "./target-util/missing-module.js";
import { givenOptions, type OptionSpec } from "./target-util/options.js";

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

export const CLUSTERIP = missingModuleTarget({
  name: "CLUSTERIP",
  specs: SPECS,
  help: HELP,
  finalCheck(data) {
    const given = givenOptions(data);
    if (given.size === 0) return;
    if (given.has(0) && ![1, 2, 3, 4].every((id) => given.has(id))) throw paramProblem("CLUSTERIP target: Invalid parameter combination");
  },
});
