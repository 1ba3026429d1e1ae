// getent DATABASE [KEY…] (glibc 2.36): looks names up in the files databases (/etc/hosts,
// services, protocols, networks, passwd, group) and prints them in getent's own layout.
import type { Command, CommandContext } from "../types.js";
import { done } from "./util.js";

const TRY = "Try `getent --help' or `getent --usage' for more information.\n";

const HELP = `Usage: getent [OPTION...] database [key ...]
Get entries from administrative database.

  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses
                             (with ahosts*)
  -i, --no-idn               disable IDN encoding
  -s, --service=CONFIG       Service configuration to be used
  -?, --help                 Give this help list
      --usage                Give a short usage message
  -V, --version              Print program version

Mandatory or optional arguments to long options are also mandatory or optional
for any corresponding short options.

Supported databases:
ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups
netgroup networks passwd protocols rpc services shadow

For bug reporting instructions, please see:
<http://www.debian.org/Bugs/>.
`;

const USAGE = `Usage: getent [-Ai?V] [-s CONFIG] [--no-addrconfig] [--no-idn]
            [--service=CONFIG] [--help] [--usage] [--version]
            database [key ...]
`;

const VERSION = `getent (Debian GLIBC 2.36-9+deb12u14) 2.36
Copyright (C) 2022 Free Software Foundation, Inc.
This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
Written by Thorsten Kukuk.
`;

/** Databases getent knows; the ones without enumeration answer rc 3 when given no key. */
const NO_ENUMERATION = new Set(["ethers", "initgroups", "netgroup", "aliases"]);
const DATABASES = new Set(["ahosts", "ahostsv4", "ahostsv6", "aliases", "ethers", "group", "gshadow", "hosts", "initgroups", "netgroup", "networks", "passwd", "protocols", "rpc", "services", "shadow"]);

/** A files-database line: its words without the comment. */
function entries(ctx: CommandContext, file: string): string[][] {
  const text = ctx.fs.readFile(file) ?? "";
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line !== "")
    .map((line) => line.split(/\s+/));
}

interface Outcome {
  out: string;
  rc: number;
}

/** Runs each key through find (or lists every entry when there is none): rc 2 if a key found nothing. */
function lookUp<T>(keys: string[], all: T[], find: (key: string) => T | undefined, show: (entry: T) => string): Outcome {
  if (keys.length === 0) return { out: all.map(show).join(""), rc: 0 };
  let out = "";
  let rc = 0;
  for (const key of keys) {
    const hit = find(key);
    if (hit === undefined) rc = 2;
    else out += show(hit);
  }
  return { out, rc };
}

const aliases = (words: string[]) => words.map((w) => ` ${w}`).join("");

function services(ctx: CommandContext, keys: string[]): Outcome {
  const list = entries(ctx, "/etc/services").flatMap(([name, portProto, ...rest]) => {
    const m = /^(\d+)\/(\S+)$/.exec(portProto ?? "");
    return m ? [{ name: name!, port: Number(m[1]), proto: m[2]!, aliases: rest }] : [];
  });
  return lookUp(
    keys,
    list,
    (key) => {
      const slash = key.indexOf("/");
      const name = slash < 0 ? key : key.slice(0, slash);
      const proto = slash < 0 ? undefined : key.slice(slash + 1);
      const protoOk = (p: string) => proto === undefined || p === proto;
      if (/^\d+$/.test(name) && Number(name) <= 65535) return list.find((s) => s.port === Number(name) && protoOk(s.proto));
      return list.find((s) => (s.name === name || s.aliases.includes(name)) && protoOk(s.proto));
    },
    (s) => `${s.name.padEnd(21)} ${s.port}/${s.proto}${aliases(s.aliases)}\n`,
  );
}

function protocols(ctx: CommandContext, keys: string[]): Outcome {
  const list = entries(ctx, "/etc/protocols").flatMap(([name, num, ...rest]) => (/^\d+$/.test(num ?? "") ? [{ name: name!, num: Number(num), aliases: rest }] : []));
  return lookUp(
    keys,
    list,
    // getprotobynumber(atol(key)) when the key starts with a digit, so "6x" is protocol 6
    (key) => (/^\d/.test(key) ? list.find((p) => p.num === Number(/^\d+/.exec(key)![0])) : list.find((p) => p.name === key || p.aliases.includes(key))),
    (p) => `${p.name.padEnd(21)} ${p.num}${aliases(p.aliases)}\n`,
  );
}

/** inet_aton's forms (a, a.b, a.b.c, a.b.c.d; decimal, octal or hex parts) → dotted quad. */
export function inetAton(text: string): string | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    if (/^0x[0-9a-f]*$/i.test(p)) nums.push(p.length === 2 ? 0 : parseInt(p.slice(2), 16));
    else if (/^0[0-7]*$/.test(p)) nums.push(parseInt(p, 8));
    else if (/^[1-9]\d*$/.test(p)) nums.push(Number(p));
    else return undefined;
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 2 ** (8 * (4 - nums.length))) return undefined;
  let value = 0;
  nums.forEach((n, i) => (value += n * 2 ** (8 * (3 - i))));
  value += last;
  return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join(".");
}

const isDottedQuad = (text: string) => /^(\d{1,3})(\.\d{1,3}){3}$/.test(text) && text.split(".").every((p) => Number(p) <= 255);

/** IPv6 text → canonical form (as inet_ntop prints it), or undefined. */
function ipv6(text: string): string | undefined {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(":")) return undefined;
  let words: number[] = [];
  const dbl = text.split("::");
  if (dbl.length > 2) return undefined;
  const half = (s: string): number[] | undefined => {
    if (s === "") return [];
    const out: number[] = [];
    const groups = s.split(":");
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (i === groups.length - 1 && g.includes(".")) {
        if (!isDottedQuad(g)) return undefined;
        const b = g.split(".").map(Number);
        out.push(b[0]! * 256 + b[1]!, b[2]! * 256 + b[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(g)) out.push(parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const head = half(dbl[0]!);
  const tail = dbl.length === 2 ? half(dbl[1]!) : [];
  if (!head || !tail) return undefined;
  if (dbl.length === 2) {
    if (head.length + tail.length > 7) return undefined;
    words = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  } else if (head.length === 8) words = head;
  else return undefined;
  // the longest run of two or more zero words becomes "::"
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (ws: number[]) => ws.map((w) => w.toString(16)).join(":");
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
    const v4 = `${words[6]! >> 8}.${words[6]! & 255}.${words[7]! >> 8}.${words[7]! & 255}`;
    return bestLen === 6 ? `::${v4}` : `::ffff:${v4}`;
  }
  if (best < 0) return hex(words);
  return `${hex(words.slice(0, best))}::${hex(words.slice(best + bestLen))}`;
}

interface HostLine {
  addr: string;
  v6: boolean;
  name: string;
  aliases: string[];
}

function hostLines(ctx: CommandContext): HostLine[] {
  return entries(ctx, "/etc/hosts").flatMap(([addr, name, ...rest]) => {
    if (name === undefined) return [];
    const v4 = isDottedQuad(addr!) ? addr!.split(".").map(Number).join(".") : undefined;
    const v6 = v4 ? undefined : ipv6(addr!);
    if (!v4 && !v6) return [];
    return [{ addr: (v4 ?? v6)!, v6: !v4, name, aliases: rest }];
  });
}

function hosts(ctx: CommandContext, keys: string[]): Outcome {
  const list = hostLines(ctx);
  const show = (h: HostLine) => `${h.addr.padEnd(15)} ${h.name}${aliases(h.aliases)}\n`;
  return lookUp(
    keys,
    list,
    (key) => {
      const v6 = ipv6(key);
      if (v6) return list.find((h) => h.v6 && h.addr === v6);
      if (isDottedQuad(key)) return list.find((h) => !h.v6 && h.addr === key.split(".").map(Number).join("."));
      // by name: IPv6 first, then IPv4; a number in inet_aton's shorter forms answers itself
      const named = (v6: boolean) => list.find((h) => h.v6 === v6 && [h.name, ...h.aliases].some((n) => n.toLowerCase() === key.toLowerCase()));
      const hit = named(true) ?? named(false);
      if (hit) return hit;
      const numeric = /^[0-9.]+$/.test(key) && !key.endsWith(".") ? inetAton(key) : undefined;
      return numeric ? { addr: numeric, v6: false, name: key, aliases: [] } : undefined;
    },
    show,
  );
}

/** ahosts: getaddrinfo's view, one line per socket type, the canonical name on the first. */
function ahosts(ctx: CommandContext, keys: string[]): Outcome {
  if (keys.length === 0) return hosts(ctx, keys);
  const list = hostLines(ctx).filter((h) => !h.v6);
  let out = "";
  let rc = 0;
  for (const key of keys) {
    const matches = isDottedQuad(key) ? [{ addr: key, name: key }] : list.filter((h) => [h.name, ...h.aliases].some((n) => n.toLowerCase() === key.toLowerCase()));
    if (matches.length === 0) rc = 2;
    matches.forEach((h, i) => {
      out += `${h.addr.padEnd(15)} STREAM ${i === 0 ? key : ""}\n${h.addr.padEnd(15)} DGRAM  \n${h.addr.padEnd(15)} RAW    \n`;
    });
  }
  return { out, rc };
}

function networks(ctx: CommandContext, keys: string[]): Outcome {
  const list = entries(ctx, "/etc/networks").flatMap(([name, net, ...rest]) => {
    const addr = net === undefined ? undefined : inetAton(net.split(".").length < 4 ? `${net}${".0".repeat(4 - net.split(".").length)}` : net);
    return addr ? [{ name: name!, addr, aliases: rest }] : [];
  });
  return lookUp(
    keys,
    list,
    (key) => (/^\d/.test(key) ? list.find((n) => n.addr === inetAton(key)) : list.find((n) => n.name === key || n.aliases.includes(key))),
    (n) => `${n.name.padEnd(21)} ${n.addr}${aliases(n.aliases)}\n`,
  );
}

/** passwd, group, shadow, gshadow: colon lines keyed by name, or by number for passwd and group. */
function colonFile(ctx: CommandContext, file: string, keys: string[], numbered: boolean): Outcome {
  const list = (ctx.fs.readFile(file) ?? "").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
  return lookUp(
    keys,
    list,
    (key) => list.find((l) => l.split(":")[0] === key) ?? (numbered && /^\d+$/.test(key) ? list.find((l) => l.split(":")[2] === String(Number(key))) : undefined),
    (l) => `${l}\n`,
  );
}

function rpc(ctx: CommandContext, keys: string[]): Outcome {
  const list = entries(ctx, "/etc/rpc").flatMap(([name, num, ...rest]) => (/^\d+$/.test(num ?? "") ? [{ name: name!, num: Number(num), aliases: rest }] : []));
  return lookUp(
    keys,
    list,
    (key) => (/^\d/.test(key) ? list.find((r) => r.num === Number(/^\d+/.exec(key)![0])) : list.find((r) => r.name === key || r.aliases.includes(key))),
    // glibc puts one more space before the first alias
    (r) => `${r.name.padEnd(15)} ${r.num}${r.aliases.length ? " " : ""}${aliases(r.aliases)}\n`,
  );
}

function query(ctx: CommandContext, db: string, keys: string[]): Outcome {
  switch (db) {
    case "hosts":
      return hosts(ctx, keys);
    case "ahosts":
      return ahosts(ctx, keys);
    case "services":
      return services(ctx, keys);
    case "protocols":
      return protocols(ctx, keys);
    case "networks":
      return networks(ctx, keys);
    case "rpc":
      return rpc(ctx, keys);
    case "passwd":
    case "group":
      return colonFile(ctx, `/etc/${db}`, keys, true);
    case "shadow":
    case "gshadow":
      return colonFile(ctx, `/etc/${db}`, keys, false);
    default:
      return { out: "", rc: 2 };
  }
}

export const getent: Command = {
  name: "getent",
  bufferedStdout: true,
  run(ctx) {
    const args: string[] = [];
    const argv = ctx.argv.slice(1);
    // argp: options may come anywhere until "--"; -s takes a value
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "--") {
        args.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith("--") ) {
        const name = a.slice(2).replace(/=.*/, "");
        const long = ["no-addrconfig", "no-idn", "service", "help", "usage", "version"].filter((l) => l.startsWith(name));
        const hit = long.includes(name) ? name : long.length === 1 ? long[0] : undefined;
        if (!hit) return done("", `getent: ${long.length > 1 ? "option '" + a + "' is ambiguous; possibilities:" + long.map((l) => " '--" + l + "'").join("") : "unrecognized option '" + a + "'"}\n${TRY}`, 64);
        if (hit === "help") return done(HELP);
        if (hit === "usage") return done(USAGE);
        if (hit === "version") return done(VERSION);
        if (hit === "service" && !a.includes("=")) {
          if (i + 1 >= argv.length) return done("", `getent: option '--service' requires an argument\n${TRY}`, 64);
          i++;
        }
        continue;
      }
      if (a.startsWith("-") && a !== "-") {
        for (let j = 1; j < a.length; j++) {
          const c = a[j]!;
          if (c === "?") return done(HELP);
          if (c === "V") return done(VERSION);
          if (c === "s") {
            if (j + 1 === a.length && ++i >= argv.length) return done("", `getent: option requires an argument -- 's'\n${TRY}`, 64);
            break;
          }
          if (c !== "A" && c !== "i") return done("", `getent: invalid option -- '${c}'\n${TRY}`, 64);
        }
        continue;
      }
      args.push(a);
    }
    if (args.length === 0) return done(TRY, "getent: wrong number of arguments\n", 1);
    const [db, ...keys] = args as [string, ...string[]];
    if (!DATABASES.has(db)) return done(TRY, `Unknown database: ${db}\n`, 1);
    if (keys.length === 0 && NO_ENUMERATION.has(db)) return done("", `Enumeration not supported on ${db}\n`, 3);
    const { out, rc } = query(ctx, db, keys);
    return done(out, "", rc);
  },
};
