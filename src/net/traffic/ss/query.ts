// What ss is asked to show (main() of misc/ss.c, iproute2 6.1): its options read with
// getopt_long in order (so -V before a bad option still prints the version), then the leading
// `state`/`exclude` words, then the defaults merged in: socket tables (dbs), address families
// and TCP states, each a set that options add to.
import { CommandExit } from "../../../shell/command-exit.js";
import { getoptInOrder, type InOrderSpec } from "../../../shell/commands/getopt-in-order.js";
import { SS_USAGE } from "./usage.js";

/** What ss prints and returns at once: help, version, an option error. */
const done = (stdout: string, stderr: string, rc: number) => new CommandExit({ stdout, stderr, rc });

/** Socket tables, in ss's enum order (the order they are listed in is show order below). */
export enum Db {
  TCP, MPTCP, DCCP, UDP, RAW, UNIX_DG, UNIX_ST, UNIX_SQ, PACKET_DG, PACKET_R, NETLINK, SCTP, VSOCK_ST, VSOCK_DG, TIPC, XDP,
}
const dbm = (...dbs: Db[]) => dbs.reduce((m, d) => m | (1 << d), 0);
const PACKET_DBM = dbm(Db.PACKET_DG, Db.PACKET_R);
const UNIX_DBM = dbm(Db.UNIX_DG, Db.UNIX_ST, Db.UNIX_SQ);
const INET_DBM = dbm(Db.TCP, Db.MPTCP, Db.UDP, Db.DCCP, Db.SCTP, Db.RAW);
const VSOCK_DBM = dbm(Db.VSOCK_ST, Db.VSOCK_DG);

/** TCP states (SS_*), as bits. */
export enum St {
  UNKNOWN, ESTABLISHED, SYN_SENT, SYN_RECV, FIN_WAIT1, FIN_WAIT2, TIME_WAIT, CLOSE, CLOSE_WAIT, LAST_ACK, LISTEN, CLOSING,
}
const SS_ALL = (1 << 12) - 1;
const SS_CONN = SS_ALL & ~((1 << St.LISTEN) | (1 << St.CLOSE) | (1 << St.TIME_WAIT) | (1 << St.SYN_RECV));
const TIPC_SS_CONN = (1 << St.ESTABLISHED) | (1 << St.LISTEN) | (1 << St.CLOSE);

type Family = "inet" | "inet6" | "unix" | "packet" | "netlink" | "vsock" | "tipc" | "xdp";
const INET_FAMILIES: Family[] = ["inet", "inet6"];

/** default_dbs: the states and families a table brings when asked for. */
const DB_DEFAULTS: Record<Db, { states: number; families: Family[] }> = {
  [Db.TCP]: { states: SS_CONN, families: INET_FAMILIES },
  [Db.MPTCP]: { states: SS_CONN, families: INET_FAMILIES },
  [Db.DCCP]: { states: SS_CONN, families: INET_FAMILIES },
  [Db.UDP]: { states: 1 << St.ESTABLISHED, families: INET_FAMILIES },
  [Db.RAW]: { states: 1 << St.ESTABLISHED, families: INET_FAMILIES },
  [Db.UNIX_DG]: { states: 1 << St.CLOSE, families: ["unix"] },
  [Db.UNIX_ST]: { states: SS_CONN, families: ["unix"] },
  [Db.UNIX_SQ]: { states: SS_CONN, families: ["unix"] },
  [Db.PACKET_DG]: { states: 1 << St.CLOSE, families: ["packet"] },
  [Db.PACKET_R]: { states: 1 << St.CLOSE, families: ["packet"] },
  [Db.NETLINK]: { states: 1 << St.CLOSE, families: ["netlink"] },
  [Db.SCTP]: { states: SS_CONN, families: INET_FAMILIES },
  [Db.VSOCK_ST]: { states: SS_CONN, families: ["vsock"] },
  [Db.VSOCK_DG]: { states: SS_CONN, families: ["vsock"] },
  [Db.TIPC]: { states: TIPC_SS_CONN, families: ["tipc"] },
  [Db.XDP]: { states: 1 << St.CLOSE, families: ["xdp"] },
};

/** default_afs: the tables and states a family brings. */
const FAMILY_DEFAULTS: Record<Family, { dbs: number; states: number }> = {
  inet: { dbs: INET_DBM, states: SS_CONN },
  inet6: { dbs: INET_DBM, states: SS_CONN },
  unix: { dbs: UNIX_DBM, states: SS_CONN },
  packet: { dbs: PACKET_DBM, states: 1 << St.CLOSE },
  netlink: { dbs: 1 << Db.NETLINK, states: 1 << St.CLOSE },
  vsock: { dbs: VSOCK_DBM, states: SS_CONN },
  tipc: { dbs: 1 << Db.TIPC, states: TIPC_SS_CONN },
  xdp: { dbs: 1 << Db.XDP, states: 1 << St.CLOSE },
};

/** -A's table names (filter_db_parse). */
const DB_NAMES: Record<string, Db[]> = {
  all: [Db.UDP, Db.DCCP, Db.TCP, Db.MPTCP, Db.RAW, Db.UNIX_ST, Db.UNIX_DG, Db.UNIX_SQ, Db.PACKET_R, Db.PACKET_DG, Db.NETLINK, Db.SCTP, Db.VSOCK_ST, Db.VSOCK_DG, Db.XDP],
  inet: [Db.UDP, Db.DCCP, Db.TCP, Db.MPTCP, Db.SCTP, Db.RAW],
  udp: [Db.UDP], dccp: [Db.DCCP], tcp: [Db.TCP], mptcp: [Db.MPTCP], sctp: [Db.SCTP], raw: [Db.RAW],
  unix: [Db.UNIX_ST, Db.UNIX_DG, Db.UNIX_SQ],
  unix_stream: [Db.UNIX_ST], u_str: [Db.UNIX_ST], unix_dgram: [Db.UNIX_DG], u_dgr: [Db.UNIX_DG], unix_seqpacket: [Db.UNIX_SQ], u_seq: [Db.UNIX_SQ],
  packet: [Db.PACKET_R, Db.PACKET_DG], packet_raw: [Db.PACKET_R], p_raw: [Db.PACKET_R], packet_dgram: [Db.PACKET_DG], p_dgr: [Db.PACKET_DG],
  netlink: [Db.NETLINK], tipc: [Db.TIPC],
  vsock: [Db.VSOCK_ST, Db.VSOCK_DG], vsock_stream: [Db.VSOCK_ST], v_str: [Db.VSOCK_ST], vsock_dgram: [Db.VSOCK_DG], v_dgr: [Db.VSOCK_DG],
  xdp: [Db.XDP],
};

/** -f's family names. */
const FAMILY_NAMES: Record<string, Family> = { inet: "inet", inet6: "inet6", link: "packet", unix: "unix", netlink: "netlink", tipc: "tipc", vsock: "vsock", xdp: "xdp" };

/** `state` and `exclude` names (scan_state; compared without case). */
const STATE_NAMES: Record<string, number> = {
  close: 1 << St.CLOSE, closed: 1 << St.CLOSE, "syn-rcv": 1 << St.SYN_RECV,
  all: SS_ALL,
  connected: SS_ALL & ~((1 << St.CLOSE) | (1 << St.LISTEN)),
  synchronized: SS_ALL & ~((1 << St.CLOSE) | (1 << St.LISTEN) | (1 << St.SYN_SENT)),
  bucket: (1 << St.SYN_RECV) | (1 << St.TIME_WAIT),
  big: SS_ALL & ~((1 << St.SYN_RECV) | (1 << St.TIME_WAIT)),
  unknown: 1 << St.UNKNOWN, established: 1 << St.ESTABLISHED, "syn-sent": 1 << St.SYN_SENT, "syn-recv": 1 << St.SYN_RECV,
  "fin-wait-1": 1 << St.FIN_WAIT1, "fin-wait-2": 1 << St.FIN_WAIT2, "time-wait": 1 << St.TIME_WAIT, unconnected: 1 << St.CLOSE,
  "close-wait": 1 << St.CLOSE_WAIT, "last-ack": 1 << St.LAST_ACK, listening: 1 << St.LISTEN, closing: 1 << St.CLOSING,
};

/** getopt_long's table, in ss's order: name, the short letter (or a long-only key), argument. */
const SPEC: InOrderSpec = {
  flags: "dhaletuwxnro460spTbEmMivVzZKHSO",
  withArg: "fADFN",
  long: [
    ["numeric", "n", false], ["resolve", "r", false], ["options", "o", false], ["extended", "e", false],
    ["memory", "m", false], ["info", "i", false], ["processes", "p", false], ["threads", "T", false],
    ["bpf", "b", false], ["events", "E", false], ["dccp", "d", false], ["tcp", "t", false], ["sctp", "S", false],
    ["udp", "u", false], ["raw", "w", false], ["unix", "x", false], ["tipc", "tipc", false], ["vsock", "vsock", false],
    ["all", "a", false], ["listening", "l", false], ["ipv4", "4", false], ["ipv6", "6", false], ["packet", "0", false],
    ["family", "f", true], ["socket", "A", true], ["query", "A", true], ["summary", "s", false], ["diag", "D", true],
    ["filter", "F", true], ["version", "V", false], ["help", "h", false], ["context", "Z", false],
    ["contexts", "z", false], ["net", "N", true], ["tipcinfo", "tipcinfo", false], ["tos", "tos", false],
    ["cgroup", "cgroup", false], ["kill", "K", false], ["no-header", "H", false], ["xdp", "xdp", false],
    ["mptcp", "M", false], ["oneline", "O", false], ["inet-sockopt", "inet-sockopt", false],
  ],
};

export interface SsQuery {
  dbs: number;
  families: Set<Family>;
  states: number;
  /** Filter words left after the options and state words. */
  filterArgs: string[];
  /** -F FILE ("-": stdin). */
  filterFile?: string;
  numeric: boolean;
  resolve: boolean;
  processes: boolean;
  header: boolean;
  summary: boolean;
  /** -s with nothing else to show: the summary is all. */
  summaryOnly: boolean;
  /** -N NAME. */
  netns?: string;
  /** -4/-6/-f last given (how filter addresses are read). */
  preferredFamily?: Family;
}

/** Whether a mask holds exactly one bit (ss then hides the Netid or State column). */
export const single = (mask: number) => (mask & (mask - 1)) === 0;

export function tableOn(q: SsQuery, db: Db): boolean {
  return (q.dbs & (1 << db)) !== 0;
}

export function parseSsArgs(argv: string[]): SsQuery {
  const q: SsQuery = { dbs: 0, families: new Set(), states: 0, filterArgs: [], numeric: false, resolve: false, processes: false, header: true, summary: false, summaryOnly: false };
  let doDefault = true;
  let stateFilter = 0;
  let sawQuery = false;
  const dbSet = (db: Db, enable: boolean) => {
    if (enable) {
      q.states |= DB_DEFAULTS[db].states;
      q.dbs |= 1 << db;
    } else q.dbs &= ~(1 << db);
    doDefault = false;
  };
  const afSet = (af: Family) => {
    q.states |= FAMILY_DEFAULTS[af].states;
    q.families.add(af);
    doDefault = false;
    q.preferredFamily = af;
  };
  const option = (opt: string, arg: string): void => {
    switch (opt) {
      case "n": q.numeric = true; break;
      case "r": q.resolve = true; break;
      case "p": q.processes = true; break;
      case "d": dbSet(Db.DCCP, true); break;
      case "t": dbSet(Db.TCP, true); break;
      case "S": dbSet(Db.SCTP, true); break;
      case "u": dbSet(Db.UDP, true); break;
      case "w": dbSet(Db.RAW, true); break;
      case "M": dbSet(Db.MPTCP, true); break;
      case "x": afSet("unix"); break;
      case "vsock": afSet("vsock"); break;
      case "tipc": afSet("tipc"); break;
      case "xdp": afSet("xdp"); break;
      case "4": afSet("inet"); break;
      case "6": afSet("inet6"); break;
      case "0": afSet("packet"); break;
      case "a": stateFilter = SS_ALL; break;
      case "l": stateFilter = (1 << St.LISTEN) | (1 << St.CLOSE); break;
      case "f": {
        if (arg === "help") throw done(usageText(), "", 0);
        const af = FAMILY_NAMES[arg];
        if (!af) throw done("", `ss: "${arg}" is invalid family\n${usageText()}`, 255);
        afSet(af);
        break;
      }
      case "A": {
        if (!sawQuery) {
          q.dbs = 0;
          stateFilter ||= SS_CONN;
          sawQuery = true;
          doDefault = false;
        }
        for (const name of arg.split(",")) {
          const enable = !name.startsWith("!");
          const dbs = DB_NAMES[enable ? name : name.slice(1)];
          if (!dbs) throw done("", `ss: "${name}" is illegal socket table id\n${usageText()}`, 255);
          for (const db of dbs) dbSet(db, enable);
        }
        break;
      }
      case "s": q.summary = true; break;
      case "F":
        if (q.filterFile !== undefined) throw done("", "More than one filter file\n", 255);
        q.filterFile = arg;
        break;
      case "v":
      case "V":
        throw done("ss utility, iproute2-6.1.0\n", "", 0);
      case "z":
      case "Z":
        throw done("", "ss: SELinux is not enabled.\n", 1);
      case "N": q.netns = arg; break;
      case "H": q.header = false; break;
      case "h": throw done(usageText(), "", 0);
      // -o -e -m -i -T -b -E -K -O -D and the long-only display options: accepted; the
      // emulator's listeners have no timers, memory or TCP info to add
      default: break;
    }
  };
  q.filterArgs = getoptInOrder(argv, SPEC, option, (msg) => done("", `ss: ${msg}\n${usageText()}`, 255));
  let args = q.filterArgs;
  q.summaryOnly = q.summary && doDefault && args.length === 0;
  let sawStates = false;
  while (args.length > 0 && (args[0] === "state" || args[0] === "exclude" || args[0] === "excl")) {
    const word = args[1];
    if (word === undefined) throw done("", 'Command line is not complete. Try option "help"\n', 255);
    const bits = STATE_NAMES[word.toLowerCase()];
    if (bits === undefined) throw done("", `ss: wrong state name: ${word}\n`, 255);
    if (args[0] === "state") {
      if (!sawStates) stateFilter = 0;
      stateFilter |= bits;
    } else {
      if (!sawStates) stateFilter = SS_ALL;
      stateFilter &= ~bits;
    }
    sawStates = true;
    args = args.slice(2);
  }
  q.filterArgs = args;
  if (doDefault) {
    stateFilter ||= SS_CONN;
    for (const db of DB_NAMES.all!) dbSet(db, true);
  }
  if (stateFilter) q.states = stateFilter;
  mergeDefaults(q);
  return q;
}

/** filter_merge_defaults: a table asked for brings its families, a family its tables. */
function mergeDefaults(q: SsQuery): void {
  for (let db = 0; db <= Db.XDP; db++) {
    if (!(q.dbs & (1 << db))) continue;
    const fams = DB_DEFAULTS[db as Db].families;
    if (!fams.some((f) => q.families.has(f))) for (const f of fams) q.families.add(f);
  }
  for (const f of [...q.families]) if (!(FAMILY_DEFAULTS[f].dbs & q.dbs)) q.dbs |= FAMILY_DEFAULTS[f].dbs;
}

/** An `inet:`… prefix in the filter: the families become that one (parse_hostcond's out:). */
export function narrowFamily(q: SsQuery, family: string): void {
  const af = (FAMILY_NAMES[family] ?? family) as Family;
  const states = q.states;
  q.families = new Set();
  q.states |= FAMILY_DEFAULTS[af].states;
  q.families.add(af);
  q.preferredFamily = af;
  if (states) q.states = states;
}

function usageText(): string {
  return SS_USAGE;
}
