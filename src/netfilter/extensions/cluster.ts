// -m cluster: splits connections between cluster nodes by a hash of the original source.
// The hash is the kernel's: jhash of the connection's original source, scaled to the node count.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption, mustSpecify } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";
import { jhash1word, jhash2, rawBe32, reciprocalScale } from "./util/jhash.js";

/** Eight 16-bit groups as four 32-bit words. */
const ipv6Words = (groups: number[]) => [0, 1, 2, 3].map((w) => ((groups[2 * w]! << 16) | groups[2 * w + 1]!) >>> 0);

const NODES_MAX = 32;

export interface ClusterData {
  totalNodes: number;
  nodeMask: number;
  hashSeed: number;
  invert: boolean;
  seen: string[];
}

const hex8 = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, "0")}`;

export const clusterMatch: MatchExtension<ClusterData> = {
  name: "cluster",
  options: [
    { name: "cluster-total-nodes", args: 1 },
    { name: "cluster-local-node", args: 1, invertible: true },
    { name: "cluster-local-nodemask", args: 1, invertible: true },
    { name: "cluster-hash-seed", args: 1 },
  ],
  init: () => ({ totalNodes: 0, nodeMask: 0, hashSeed: 0, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("cluster", d.seen, option, invert, { invertible: option === "cluster-local-node" || option === "cluster-local-nodemask" });
    const hashSeed = option === "cluster-hash-seed";
    const n = strtoul(args[0]!, hashSeed ? 0 : 1, hashSeed ? 0xffffffff : NODES_MAX);
    if (n === undefined) throw badValue("cluster", option, hashSeed ? 0 : 1, hashSeed ? 4294967295 : NODES_MAX);
    if (option === "cluster-total-nodes") d.totalNodes = n;
    else if (option === "cluster-local-node") d.nodeMask = 2 ** (n - 1);
    else if (option === "cluster-local-nodemask") d.nodeMask = n;
    else d.hashSeed = n;
    if (invert) d.invert = true;
  },
  finalCheck(d) {
    const seen = (o: string) => d.seen.includes(o);
    const complete = seen("cluster-total-nodes") && seen("cluster-hash-seed");
    if (complete && seen("cluster-local-node") && d.nodeMask >= 2 ** d.totalNodes) {
      throw paramProblem("cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'");
    }
    if (complete && seen("cluster-local-nodemask") && d.nodeMask >= 2 ** d.totalNodes) {
      throw paramProblem("cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'");
    }
    if (!complete && !seen("cluster-local-node") && !seen("cluster-local-nodemask")) {
      throw paramProblem("cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing");
    }
    if (!seen("cluster-total-nodes")) throw mustSpecify("cluster", "cluster-total-nodes");
    if (seen("cluster-local-node") && seen("cluster-local-nodemask")) throw cannotCombine("cluster", "cluster-local-node", "cluster-local-nodemask");
    if (!seen("cluster-hash-seed")) throw mustSpecify("cluster", "cluster-hash-seed");
  },
  save: (d) => `${d.invert ? "! " : ""}--cluster-local-nodemask ${hex8(d.nodeMask)} --cluster-total-nodes ${d.totalNodes} --cluster-hash-seed ${hex8(d.hashSeed)}`,
  print: (d) => `cluster ${d.invert ? "!" : ""}node_mask=${hex8(d.nodeMask)} total_nodes=${d.totalNodes} hash_seed=${hex8(d.hashSeed)}`,
  match(d, _pkt, ctx) {
    // xt_cluster_mt: packets without a connection (untracked, invalid) never match, inverted or not
    const ct = ctx.conntrack;
    if (!ct || ct.state === "INVALID" || ct.state === "UNTRACKED") return false;
    // jhash of the original source as the (little-endian) CPU reads the __be32 from memory
    const hash = ct.tuple6
      ? jhash2(ipv6Words(ct.tuple6.origSrc).map(rawBe32), d.hashSeed)
      : jhash1word(rawBe32(ct.origSrc), d.hashSeed);
    const node = reciprocalScale(hash, d.totalNodes);
    return ((d.nodeMask & (2 ** node)) !== 0) !== d.invert;
  },
};
