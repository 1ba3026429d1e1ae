// -m owner: the local socket that sent the packet (uid, gid, whether there is one).
// Only locally generated packets have one, so the kernel allows it in OUTPUT/POSTROUTING.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { strtoulPrefix } from "./util/strtoul.js";
import { DEBIAN_ACCOUNTS, type Accounts } from "./util/users.js";

type Range = [number, number];

export interface OwnerData {
  uid?: Range;
  gid?: Range;
  socketExists: boolean;
  supplGroups: boolean;
  inv: string[];
  seen: string[];
}

function badValue(option: string, value: string): Error {
  return paramProblem(`owner: Bad value for "--${option}" option: "${value}"`);
}

/** "n", "n-m" or "n:m" up to 2^32-2 (-1 is reserved). */
function parseRange(option: string, text: string): Range {
  const max = 0xfffffffe;
  const first = strtoulPrefix(text, 0, max);
  if (!first) throw badValue(option, text);
  let to = first.value;
  let rest = text.slice(first.end);
  if (rest.startsWith("-") || rest.startsWith(":")) {
    const second = strtoulPrefix(rest.slice(1), 0, max);
    if (!second) throw badValue(option, text);
    to = second.value;
    rest = rest.slice(1 + second.end);
  }
  if (rest !== "") throw badValue(option, text);
  return [first.value, to];
}

function idText(r: Range, numeric: boolean, name: (id: number) => string | undefined): string {
  if (r[0] !== r[1]) return `${r[0]}-${r[1]}`;
  return (numeric ? undefined : name(r[0])) ?? String(r[0]);
}

function render(d: OwnerData, labels: [string, string, string, string], numeric: boolean, accounts: Accounts = DEBIAN_ACCOUNTS): string {
  const parts: string[] = [];
  const neg = (key: string) => (d.inv.includes(key) ? "! " : "");
  if (d.socketExists) parts.push(`${neg("socket")}${labels[0]}`);
  if (d.uid) parts.push(`${neg("uid")}${labels[1]} ${idText(d.uid, numeric, accounts.userName)}`);
  if (d.gid) parts.push(`${neg("gid")}${labels[2]} ${idText(d.gid, numeric, accounts.groupName)}`);
  if (d.supplGroups) parts.push(labels[3]);
  return parts.join(" ");
}

export const ownerMatch: MatchExtension<OwnerData> = {
  name: "owner",
  options: [
    { name: "uid-owner", args: 1, invertible: true },
    { name: "gid-owner", args: 1, invertible: true },
    { name: "socket-exists", args: 0, invertible: true },
    { name: "suppl-groups", args: 0 },
  ],
  hooks: ["OUTPUT", "POSTROUTING"],
  init: () => ({ socketExists: false, supplGroups: false, inv: [], seen: [] }),
  parse(d, { option, args, invert, accounts = DEBIAN_ACCOUNTS }) {
    checkOption("owner", d.seen, option, invert, { invertible: option !== "suppl-groups" });
    const arg = args[0] ?? "";
    switch (option) {
      case "uid-owner": {
        const id = accounts.userId(arg);
        d.uid = id !== undefined ? [id, id] : parseRange(option, arg);
        if (invert) d.inv.push("uid");
        break;
      }
      case "gid-owner": {
        const id = accounts.groupId(arg);
        d.gid = id !== undefined ? [id, id] : parseRange(option, arg);
        if (invert) d.inv.push("gid");
        break;
      }
      case "socket-exists":
        d.socketExists = true;
        if (invert) d.inv.push("socket");
        break;
      case "suppl-groups":
        if (!d.gid) throw badValue("suppl-groups", "you need to use --gid-owner first");
        d.supplGroups = true;
        break;
    }
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("owner: At least one of --uid-owner, --gid-owner or --socket-exists is required");
  },
  // xt_owner refuses a reversed uid or gid range.
  checkEntry: (d) => !(d.uid && d.uid[1] < d.uid[0]) && !(d.gid && d.gid[1] < d.gid[0]),
  save: (d) => render(d, ["--socket-exists", "--uid-owner", "--gid-owner", "--suppl-groups"], true),
  print: (d, { numeric, accounts }) => render(d, ["owner socket exists", "owner UID match", "owner GID match", "incl. suppl. groups"], numeric, accounts),
  match(d, _pkt, ctx) {
    const inv = (key: string) => d.inv.includes(key);
    const hasSocket = ctx.socketUid !== undefined;
    // No socket with a file (the kernel's own RSTs and ICMP errors): xt_owner answers
    // match ^ invert == 0, so the rule matches exactly when every test it makes is inverted.
    if (!hasSocket) return (!d.socketExists || inv("socket")) && (!d.uid || inv("uid")) && (!d.gid || inv("gid"));
    if (d.socketExists && inv("socket")) return false;
    if (d.uid) {
      const uid = ctx.socketUid!;
      if ((uid >= d.uid[0] && uid <= d.uid[1]) === inv("uid")) return false;
    }
    if (d.gid) {
      const gid = ctx.socketGid ?? -1;
      if ((gid >= d.gid[0] && gid <= d.gid[1]) === inv("gid")) return false;
    }
    return true;
  },
};
