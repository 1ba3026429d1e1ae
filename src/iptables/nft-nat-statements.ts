// nft's NAT statements as NAT guides type them: masquerade [random|fully-random], snat|dnat
// [ip|ip6] [to] ADDR[-ADDR][:PORT[-PORT]], redirect [to [:]PORT]. Each runs as the iptables
// target that does the same (MASQUERADE, SNAT, DNAT, REDIRECT). The kernel takes each only in a
// nat chain on its own hooks (natHookAllowed); a port needs a transport protocol match first.
import type { CommandResult } from "../shell/types.js";
import { errorAt, fail, parseError, type NftCommand } from "./nft-syntax.js";
import { withContext, type Read } from "./nft-statements.js";

export type NatKind = "masquerade" | "snat" | "dnat" | "redirect";

const NAT_WORDS = new Set<string>(["masquerade", "snat", "dnat", "redirect"]);

/** The hooks of a nat chain each statement may run on (the kernel's validate: EOPNOTSUPP elsewhere). */
const NAT_HOOKS: Record<NatKind, string[]> = {
  masquerade: ["postrouting"],
  snat: ["postrouting", "input"],
  dnat: ["prerouting", "output"],
  redirect: ["prerouting", "output"],
};

export const isNatWord = (w: string): w is NatKind => NAT_WORDS.has(w);

/** Whether a NAT statement may sit in a base chain of this type and hook. */
export function natHookAllowed(kind: NatKind, type: string, hook: string): boolean {
  return type === "nat" && NAT_HOOKS[kind].includes(hook);
}

const TARGETS: Record<NatKind, string> = { masquerade: "MASQUERADE", snat: "SNAT", dnat: "DNAT", redirect: "REDIRECT" };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const validIpv4 = (a: string) => IPV4.test(a) && a.split(".").every((o) => Number(o) <= 255);
const PORTS = /^\d+(?:-\d+)?$/;

export interface NatRead {
  kind: NatKind;
  read: Read;
}

/**
 * The NAT statement at word `i` (undefined: not one). `family` is the table's; `hasL4` whether a
 * transport protocol match came before (needed for a port mapping); `implied` the address
 * family an earlier ip/ip6 match gives an inet rule.
 */
export function natStatement(cmd: NftCommand, i: number, family: string, hasL4: boolean, implied?: string): NatRead | undefined {
  const w = cmd.words;
  const kind = w[i];
  if (kind === undefined || !isNatWord(kind)) return undefined;
  const target = TARGETS[kind];
  // (the mark under a port mapping with no protocol before it: ~ under the keyword too)
  const noProtocol = (offset: number, width: number): CommandResult =>
    fail(withContext(errorAt("transport protocol mapping is only valid after transport protocol match", cmd, offset, width), cmd, cmd.starts[i]!, kind.length));
  if (kind === "masquerade" || kind === "redirect") {
    let at = i + 1;
    const argv = ["-j", target];
    let listed = kind;
    if (w[at] === "to") {
      const word = w[at + 1];
      if (word === undefined) return { kind, read: parseError("syntax error, unexpected newline", cmd, at + 1) };
      const ports = word.replace(/^:/, "");
      if (!PORTS.test(ports)) return { kind, read: undefined };
      if (!hasL4) return { kind, read: noProtocol(cmd.starts[at + 1]! + (word.length - ports.length), ports.length) };
      argv.push("--to-ports", ports);
      listed += ` to :${ports}`;
      at += 2;
    }
    if (kind === "masquerade" && (w[at] === "random" || w[at] === "fully-random")) {
      argv.push(w[at] === "random" ? "--random" : "--random-fully");
      listed += ` ${w[at]}`;
      at++;
    }
    return { kind, read: { argv, verdict: true, listed, words: at - i } };
  }
  let at = i + 1;
  let fam = family === "ip6" ? "ip6" : (implied ?? "ip");
  const famGiven = w[at] === "ip" || w[at] === "ip6";
  if (famGiven) fam = w[at++]!;
  if (family === "inet" && !famGiven && implied === undefined) return { kind, read: parseError("ip or ip6 must be specified with address for inet tables.", cmd, i) };
  if (w[at] === "to") at++;
  const word = w[at];
  if (word === undefined) return { kind, read: parseError("syntax error, unexpected newline", cmd, at) };
  if (fam !== "ip") return { kind, read: undefined };
  const m = /^([^:]+?)(?:-([^:]+))?(?::(.*))?$/.exec(word);
  if (!m) return { kind, read: undefined };
  const [, from, to, port] = m;
  if (port === "") return { kind, read: parseError("syntax error, unexpected newline", cmd, at + 1) };
  for (const [addr, offset] of [[from!, 0], [to, from!.length + 1]] as const) {
    if (addr !== undefined && !validIpv4(addr)) return { kind, read: fail(errorAt("Could not resolve hostname: Name or service not known", cmd, cmd.starts[at]! + offset, addr.length)) };
  }
  if (port !== undefined) {
    if (!PORTS.test(port)) return { kind, read: undefined };
    if (!hasL4) return { kind, read: noProtocol(cmd.starts[at]! + word.length - port.length, port.length) };
  }
  const shownFamily = family === "inet" ? ` ${fam}` : "";
  const argv = ["-j", target, kind === "snat" ? "--to-source" : "--to-destination", word];
  return { kind, read: { argv, verdict: true, listed: `${kind}${shownFamily} to ${word}`, words: at + 1 - i } };
}
