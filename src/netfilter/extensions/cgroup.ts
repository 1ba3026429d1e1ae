// -m cgroup: the sending socket's cgroup (v2 path) or net_cls class id. The sandbox's cgroup
// tree holds only "/", and sockets carry no class id (0).
import type { MatchExtension } from "../extension.js";
import { badValue, checkOption } from "./util/errors.js";
import { saveString } from "./util/quote.js";
import { strtoul } from "./util/strtoul.js";
import { truncateUtf8 } from "./util/utf8.js";

export interface CgroupData {
  path?: string;
  classid?: number;
  invPath: boolean;
  invClassid: boolean;
  seen: string[];
}

/** kernfs walks a path by its '/'-separated names: "", "/" and "//" all name the root. */
function isRoot(path: string): boolean {
  return /^\/*$/.test(path);
}

export const cgroupMatch: MatchExtension<CgroupData> = {
  name: "cgroup",
  options: [
    { name: "path", args: 1, invertible: true },
    { name: "cgroup", args: 1, invertible: true },
  ],
  hooks: ["INPUT", "OUTPUT", "POSTROUTING"],
  init: () => ({ invPath: false, invClassid: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("cgroup", d.seen, option, invert, { invertible: true });
    if (option === "path") {
      d.path = truncateUtf8(args[0]!, 4095);
      d.invPath = invert;
    } else {
      const n = strtoul(args[0]!, 0, 0xffffffff);
      if (n === undefined) throw badValue("cgroup", "cgroup", 0, 4294967295);
      d.classid = n;
      d.invClassid = invert;
    }
  },
  // xt_cgroup wants exactly one of path and class id, and a path that exists.
  checkEntry: (d) => (d.path === undefined) !== (d.classid === undefined) && (d.path === undefined || isRoot(d.path)),
  save(d) {
    const parts: string[] = [];
    if (d.path !== undefined) parts.push(`${d.invPath ? "! " : ""}--path ${saveString(d.path)}`);
    if (d.classid !== undefined) parts.push(`${d.invClassid ? "! " : ""}--cgroup ${d.classid}`);
    return parts.join(" ");
  },
  print(d) {
    let out = "cgroup";
    if (d.path !== undefined) out += ` ${d.invPath ? "! " : ""}${d.path}`;
    if (d.classid !== undefined) out += ` ${d.invClassid ? "! " : ""}${d.classid}`;
    return out;
  },
  match(d, _pkt, ctx) {
    // Locally generated packets all sit in the root cgroup with class id 0.
    if (ctx.socketUid === undefined) return false;
    if (d.path !== undefined && isRoot(d.path) === d.invPath) return false;
    if (d.classid !== undefined && (d.classid === 0) === d.invClassid) return false;
    return true;
  },
};
