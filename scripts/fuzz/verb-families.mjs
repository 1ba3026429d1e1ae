// Command families for verb-cases.mjs. Each takes the case state ({ chains, rng }) and returns one
// command line or a few. State only records the user chains made in the filter table.
import { BUILTIN_CHAINS, TARGETS, VALID_TARGETS } from "./target-specs.mjs";

const TABLES = Object.keys(BUILTIN_CHAINS);
const FRONT = ["iptables", "iptables", "iptables", "iptables-nft", "xtables-nft-multi iptables"];

function chainIn(state, table) {
  const r = state.rng;
  if (table === "filter" && state.chains.length && r.chance(0.3)) return r.pick(state.chains);
  if (r.chance(0.05)) return r.pick(["NOPE", "input", "PREROUTING", "INPUT"]);
  return r.pick(BUILTIN_CHAINS[table]);
}

const tOpt = (r, table) => (table === "filter" && r.chance(0.6) ? "" : `-t ${table} `);

function ruleMatches(r) {
  return r
    .pickN(["-s 10.0.0.0/8", "-d 192.168.0.1", "-i lo", "-o eth+", "! -s 1.2.3.4", "-m comment --comment hi"], r.int(0, 2))
    .join(" ");
}

function listing(r, table, chain) {
  const t = table === "filter" ? "" : `-t ${table} `;
  return r.pick([
    `iptables ${t}-S ${chain}`,
    `iptables ${t}-L ${chain} -n`,
    `iptables ${t}-L ${chain} -n -v`,
    `iptables ${t}-L ${chain} -n --line-numbers`,
    `iptables ${t}-S`,
    `iptables ${t}-L -n -v -x`,
    `iptables-save -t ${table}`,
    `iptables ${t}-L ${chain}`,
  ]);
}

function targetRule(state) {
  const r = state.rng;
  const name = r.pick(Object.keys(TARGETS));
  const spec = TARGETS[name];
  const table = r.chance(0.85) ? r.pick(spec.tables) : r.pick(TABLES);
  const chain = chainIn(state, table);
  const verb = r.pick(["-A", "-A", "-A", "-I", "-I 1", "-C", "-D", "-R 1"]);
  const proto = spec.proto ? spec.proto(r) : r.chance(0.2) ? "-p tcp" : "";
  const out = [];
  const target = r.chance(0.05) ? name.toLowerCase() : name;
  const cmd = `${r.pick(FRONT)} ${tOpt(r, table)}${verb} ${chain} ${proto} ${r.chance(0.2) ? ruleMatches(r) : ""} -j ${target} ${spec.opts(r)}`;
  out.push(cmd.replace(/ +/g, " ").trim());
  if (r.chance(0.4)) out.push(listing(r, table, chain));
  return out;
}

function jumpRule(state) {
  const r = state.rng;
  const to = r.chance(0.8) && state.chains.length ? r.pick(state.chains) : r.pick(["NOPE", "INPUT", "accept", "LOG"]);
  const from = r.chance(0.5) && state.chains.length ? r.pick(state.chains) : r.pick(["INPUT", "FORWARD", "OUTPUT"]);
  const j = r.pick(["-j", "-j", "-g", "--jump", "--goto", "--goto"]);
  return [`iptables ${r.pick(["-A", "-I"])} ${from} ${j} ${to}`, listing(r, "filter", from)];
}

function chainVerbs(state) {
  const r = state.rng;
  const name = r.pick([
    "new1", "X".repeat(28), "Y".repeat(29), "Z".repeat(30), "ACCEPT", "DROP", "RETURN", "LOG", "REJECT", "-bad", "a b",
    "!x", "1", "QUEUE", "INPUT", "chain.with.dots", "web", "svc-1", "MARK", "dnat",
  ]);
  const t = r.chance(0.2) ? `-t ${r.pick(TABLES)} ` : "";
  const out = [];
  switch (r.int(0, 7)) {
    case 0:
      out.push(`iptables ${t}-N ${name}`);
      if (!t) state.chains.push(name);
      break;
    case 1:
      out.push(`iptables ${t}-X ${r.chance(0.3) ? "" : name}`.trim());
      break;
    case 2:
      out.push(`iptables ${t}-E ${r.chance(0.5) && state.chains.length ? r.pick(state.chains) : name} ${r.pick(["renamed", name, "INPUT", "W".repeat(29), "ACCEPT"])}`);
      break;
    case 3:
      out.push(`iptables ${t}-P ${r.pick(["INPUT", "FORWARD", "OUTPUT", "PREROUTING", name])} ${r.pick(["ACCEPT", "DROP", "RETURN", "REJECT", "accept", "QUEUE", "web"])}`);
      break;
    case 4:
      out.push(`iptables ${t}-F ${r.chance(0.5) ? "" : r.pick([name, "INPUT", ...state.chains])}`.trim());
      break;
    case 5:
      out.push(`iptables ${t}-Z ${r.pick(["", "INPUT", "INPUT 1", "INPUT 9", "NOPE", "INPUT 0", "INPUT x"])}`.trim());
      break;
    case 6:
      out.push(`iptables -X ${r.pick([...state.chains, "NOPE"])}`);
      break;
    default:
      out.push(`iptables ${t}-N ${name}`, `iptables ${t}-N ${name}`);
  }
  if (r.chance(0.5)) out.push(r.pick(["iptables -S", "iptables -L -n", `iptables ${t}-S`, "iptables-save"]));
  return out;
}

function numberedVerbs(state) {
  const r = state.rng;
  const chain = r.chance(0.5) ? "INPUT" : r.pick(state.chains.length ? state.chains : ["INPUT"]);
  const n = r.pick(["1", "2", "3", "0", "-1", "99", "x", "1x", "01", "0x1", "4294967296", ""]);
  const spec = r.pick(["-j ACCEPT", "-s 1.2.3.4 -j DROP", "-p tcp --dport 22 -j ACCEPT", "", "-j LOG --log-prefix x"]);
  return [
    `iptables -A ${chain} -s 10.0.0.${r.int(1, 3)} -j ACCEPT`,
    r.pick([
      `iptables -I ${chain} ${n} ${spec}`,
      `iptables -R ${chain} ${n} ${spec}`,
      `iptables -D ${chain} ${n}`,
      `iptables -D ${chain} ${spec}`,
      `iptables -C ${chain} ${spec}`,
      `iptables -S ${chain} ${n}`,
      `iptables -L ${chain} ${n} -n`,
      `iptables -L ${chain} ${n} -n -v --line-numbers`,
      `iptables -Z ${chain} ${n}`,
      `iptables -D ${chain} ${n} ${spec}`,
      `iptables -R ${chain} ${n}`,
      `iptables -I ${chain} ${n}`,
    ]),
    r.pick([`iptables -S ${chain}`, `iptables -L ${chain} -n --line-numbers`]),
  ];
}

function listFlags(state) {
  const r = state.rng;
  const table = r.pick(TABLES);
  const verb = r.pick(["-L", "-S", "--list", "--list-rules", "-nL", "-vnL", "-L -Z", "-Z -L", "-S -Z", "-Lnv", "-nvxL", "--lis", "-L -L"]);
  // -vv prints nft's debug dump of every rule (not emulated): one -v at most
  const verbose = verb.includes("v") ? [] : [r.pick(["-v", "--verbose"])];
  const flags = r.shuffle(r.pickN(["-n", "-x", "--line-numbers", "--exact", "--numeric", ...verbose, "-w", "-w 2", "-W 1000", "--line"], r.int(0, 4)));
  const chain = r.chance(0.5) ? chainIn(state, table) : "";
  const parts = [verb, chain, ...flags];
  if (r.chance(0.5)) parts.unshift(`-t ${table}`);
  else parts.push(`-t ${table}`);
  return `iptables ${parts.join(" ")}`.replace(/ +/g, " ").trim();
}

function oddOptions(state) {
  const r = state.rng;
  const chain = r.pick(["INPUT", ...state.chains]);
  return r.pick([
    `iptables --app ${chain} -j ACCEPT`,
    `iptables --append ${chain} -j ACCEPT -v`,
    `iptables -v -A ${chain} -p tcp --dport 22 -j ACCEPT`,
    `iptables -v -I ${chain} -s 1.2.3.4 -j DROP`,
    `iptables -v -D ${chain} -s 1.2.3.4 -j DROP`,
    `iptables -v -N vchain`,
    `iptables -v -F`,
    `iptables -v -Z`,
    `iptables -v -X vchain`,
    `iptables -v -P FORWARD DROP`,
    `iptables -v -E ${chain} ${chain}2`,
    `iptables -A ${chain} -A ${chain} -j ACCEPT`,
    `iptables -A ${chain} -j ACCEPT -j DROP`,
    `iptables -A ${chain} -p tcp -p udp -j ACCEPT`,
    `iptables -A ${chain} -s 1.1.1.1 -s 2.2.2.2 -j ACCEPT`,
    `iptables -A ${chain} ! -j ACCEPT`,
    `iptables -A ${chain} ! ! -s 1.2.3.4 -j ACCEPT`,
    `iptables ! -A ${chain} -j ACCEPT`,
    `iptables -A ${chain} -s ! 1.2.3.4 -j ACCEPT`,
    `iptables -A ${chain} -t nat -t filter -j ACCEPT`,
    `iptables -A ${chain} -4 -j ACCEPT`,
    `iptables -A ${chain} -6 -j ACCEPT`,
    `iptables -6 -L`,
    `iptables -4 -S`,
    `iptables --modprobe=/bin/true -A ${chain} -j ACCEPT`,
    `iptables -A ${chain} -c 10 20 -j ACCEPT`,
    `iptables -A ${chain} --set-counters 5 6 -j ACCEPT`,
    `iptables -I ${chain} -c 1 -j ACCEPT`,
    `iptables -A ${chain} -c x y -j ACCEPT`,
    `iptables -A ${chain} -j`,
    `iptables -A`,
    `iptables -A ${chain} -p`,
    `iptables -A ${chain} --jump`,
    `iptables -A ${chain} -i ${"e".repeat(16)} -j ACCEPT`,
    `iptables -A ${chain} -i ${"e".repeat(15)} -j ACCEPT`,
    `iptables -A ${chain} -j ${"T".repeat(30)}`,
    `iptables -A ${chain} -j ${"T".repeat(29)}`,
    `iptables -N ${"L".repeat(32)}`,
    `iptables -A ${chain} extra -j ACCEPT`,
    `iptables -L ${chain} extra more`,
    `iptables -F ${chain} extra`,
    `iptables -X ${chain} extra`,
    `iptables -P INPUT`,
    `iptables -P`,
    `iptables -E ${chain}`,
    `iptables -Z -F`,
    `iptables -F -Z`,
    `iptables -L -F`,
    `iptables -S -L`,
    `iptables -A ${chain} -D ${chain}`,
    `iptables --version`,
    `iptables -V`,
    `iptables-legacy --version`,
    `iptables --vers`,
    `iptables`,
    `iptables -Q`,
    `iptables --bogus`,
    `iptables -A ${chain} --bogus 1`,
    `iptables -w -L -n`,
    `iptables -w 5 -W 100 -S`,
    `iptables -W x -S`,
    `iptables -w x -S`,
    `iptables -L -n --exact -x`,
    `iptables -C ${chain}`,
    `iptables -C ${chain} -j ACCEPT -v`,
    `iptables -h | head -5`,
    `iptables -j ACCEPT -h | tail -3`,
    `iptables --help | head -3`,
    `iptables -A ${chain} -j LOG -h | tail -12`,
    `iptables -j REJECT -h | tail -8`,
    `iptables -j DNAT --help | tail -9`,
    `iptables -j MARK -h | tail -8`,
    `iptables -p tcp -h | tail -12`,
    `iptables -t nat -A POSTROUTING --to-source 1.2.3.4`,
    `iptables -A ${chain} --to-ports 80 -j ACCEPT`,
    `iptables -A ${chain} -j ACCEPT --log-prefix x`,
    `iptables -S ${chain} -v`,
    `iptables -S -v`,
    `iptables -L ${chain} -v -n -x --line-numbers`,
    `iptables --line-numbers -n -L ${chain}`,
    `iptables -n`,
    `iptables -v`,
    `iptables -t nat`,
    `iptables -t bogus -L`,
    `iptables -t NAT -L`,
    `iptables -t`,
    `iptables -A ${chain} -m`,
    `iptables -A ${chain} -m nosuchmatch -j ACCEPT`,
    `iptables -A ${chain} -j nosuchtarget`,
    `iptables -A ${chain} -g ACCEPT`,
    `iptables -A ${chain} -g NOPE`,
    `iptables -A ${chain} -g ${chain}`,
    `iptables -A ${chain} -j ${chain}`,
    `iptables -I ${chain} 0 -j ACCEPT`,
    `iptables -I ${chain} 5 -j ACCEPT`,
    `iptables -R ${chain} 5 -j ACCEPT`,
    `iptables -D ${chain} 5`,
    `iptables -D ${chain} 1 2`,
    `iptables -I ${chain} -1 -j ACCEPT`,
    `iptables -A ${chain} -s 1.2.3.4/33 -j ACCEPT`,
    `iptables -A ${chain} -s 256.1.1.1 -j ACCEPT`,
    `iptables -A ${chain} -p 256 -j ACCEPT`,
    `iptables -A ${chain} -p tcpx -j ACCEPT`,
    `iptables -A ${chain} -f -j ACCEPT`,
    `iptables -A ${chain} ! -f -j ACCEPT`,
  ]);
}

function frontEnds(state) {
  const r = state.rng;
  return r.pick([
    ["iptables-legacy -A INPUT -j ACCEPT", "iptables -S", "iptables-legacy -S", "iptables-legacy-save", "iptables-save"],
    ["iptables-legacy -N leg", "iptables-legacy -L -n", "iptables -L leg -n", "iptables-legacy -X leg", "iptables -S"],
    ["iptables-legacy -t nat -A POSTROUTING -j MASQUERADE", "iptables-legacy -t nat -S", "iptables -t nat -S", "iptables-legacy -t nat -F"],
    ["iptables-save -c", "iptables-save -t filter -c", "iptables-save --counters", "iptables-save -t nat", "iptables-save -t bogus"],
    ["iptables-save > /tmp/s", "iptables -F", "iptables-restore < /tmp/s", "iptables-save"],
    ["iptables -A INPUT -c 3 4 -j ACCEPT", "iptables-save -c > /tmp/c", "iptables -Z", "iptables-restore -c < /tmp/c", "iptables-save -c", "iptables -L INPUT -v -n -x"],
    ["iptables -A INPUT -c 3 4 -j ACCEPT", "iptables-save -c > /tmp/c", "iptables-restore < /tmp/c", "iptables-save -c"],
    ["iptables-save -t mangle -c", "iptables-save -M /bin/true", "iptables-save -x", "iptables-save -t", "iptables-save extra"],
    ["xtables-nft-multi iptables -S", "xtables-nft-multi iptables-save -t nat", "xtables-nft-multi iptables-nft -L -n", "xtables-nft-multi bogus", "xtables-nft-multi"],
    ["xtables-legacy-multi iptables -S", "xtables-legacy-multi iptables-legacy-save", "xtables-nft-multi iptables-legacy -S"],
    ["iptables-nft-save", "iptables-nft -S", "iptables-nft-restore --help | head -3", "iptables-save -h | head -4", "iptables-save --version", "iptables-restore --version"],
    ["iptables -A INPUT -j ACCEPT", "iptables-save -t filter -c | iptables-restore -c -n", "iptables-save -c"],
    ["ip6tables -S", "ip6tables -A INPUT -j ACCEPT", "ip6tables -S INPUT", "ip6tables-save", "iptables -S INPUT"],
    ["iptables-legacy -P FORWARD DROP", "iptables -L FORWARD -n", "iptables-legacy -L FORWARD -n", "iptables-legacy -P FORWARD ACCEPT"],
  ]);
}

function restoreSnippets(state) {
  const r = state.rng;
  const table = r.pick(TABLES);
  const chain = r.pick(BUILTIN_CHAINS[table]);
  const name = r.pick(Object.keys(TARGETS));
  const spec = TARGETS[name];
  const rule = `-A ${chain} ${spec.proto ? spec.proto(r) : ""} -j ${name} ${spec.opts(r)}`.replace(/ +/g, " ");
  const counters = r.chance(0.3) ? "[5:100] " : "";
  return [
    `iptables-restore ${r.pick(["", "-n", "-c", "-t", "-v", "-n -c"])} <<'EOF'\n*${table}\n:${chain} ACCEPT [1:2]\n${counters}${rule}\nCOMMIT\nEOF`,
    `iptables-save -t ${table}${r.chance(0.5) ? " -c" : ""}`,
  ];
}

/** A valid-looking target rule in any table/chain, then its listings in several forms. */
function targetMatrix(state) {
  const r = state.rng;
  const key = r.pick(Object.keys(VALID_TARGETS));
  const name = key.replace(/-.*/, "");
  const table = r.pick(TABLES);
  const chain = r.pick(BUILTIN_CHAINS[table]);
  const t = table === "filter" ? "" : `-t ${table} `;
  // "matches|options" when the target needs matches (-p tcp for ports, …)
  const value = VALID_TARGETS[key](r);
  const [pre, rest] = value.includes("|") ? value.split("|") : [r.pick(["", "", "-p tcp", "-p udp", "-s 10.0.0.0/8"]), value];
  const proto = "";
  const opts = `${pre} -j ${name} ${rest}`;
  const verb = r.pick(["-A", "-A", "-I", "-v -A", "-v -I"]);
  const cmd = `iptables ${t}${verb} ${chain} ${proto} ${opts}`.replace(/ +/g, " ").trim();
  return [
    cmd,
    r.pick([`iptables ${t}-L ${chain}`, `iptables ${t}-L ${chain} -n`, `iptables ${t}-L ${chain} -v -n`, `iptables ${t}-S ${chain}`, `iptables ${t}-L ${chain} -v`]),
    r.pick([`iptables ${t}-C ${chain} ${proto} ${opts}`.replace(/ +/g, " ").trim(), `iptables ${t}-S ${chain} 1`, `iptables-save -t ${table}`]),
  ];
}

/** Rules through save → flush → restore → save, with and without counters. */
function roundTrip(state) {
  const r = state.rng;
  const counters = r.chance(0.5);
  return [
    `iptables-save${counters ? " -c" : ""} > /tmp/rt`,
    r.pick(["iptables -F", "iptables -t nat -F", "iptables -X", "iptables -Z"]),
    `iptables-restore${counters ? " -c" : ""}${r.chance(0.3) ? " -n" : ""} < /tmp/rt`,
    `iptables-save${counters ? " -c" : ""}`,
  ];
}

/** The same kind of target rules through iptables-legacy (its own printing and errors). */
function legacyTargets(state) {
  const r = state.rng;
  const out = targetMatrix(state).map((c) => c.replace(/^iptables(-save)? /, (m, save) => (save ? "iptables-legacy-save " : "iptables-legacy ")));
  if (r.chance(0.3)) out.push("iptables -S", "iptables-legacy-save -c");
  return out;
}

/** Counters given with -c on append/insert/replace, read back in every form. */
function counterRules(state) {
  const r = state.rng;
  const chain = r.pick(["INPUT", "OUTPUT", ...state.chains]);
  const c = () => r.pick(["-c 1 2", "-c 10 2000", "--set-counters 5 6", "-c 0 0", "-c 18446744073709551615 1", "-c 1,2", "-c 1 x"]);
  return [
    `iptables -A ${chain} ${c()} -s 10.1.1.${r.int(1, 9)} -j ACCEPT`,
    r.pick([`iptables -I ${chain} ${c()} -j DROP`, `iptables -R ${chain} 1 ${c()} -j RETURN`, `iptables -I ${chain} 1 ${c()} -p udp`]),
    r.pick([`iptables -L ${chain} -v -n -x`, `iptables -L ${chain} -v -n`, `iptables -S ${chain} -v`, "iptables-save -c", `iptables -L ${chain} -v --line-numbers`]),
  ];
}

/** ip6tables where it overlaps with iptables: verbs, chains, errors, save. */
function ip6Overlap(state) {
  const r = state.rng;
  return r.pick([
    ["ip6tables -N six", "ip6tables -A six -j ACCEPT", "ip6tables -S", "iptables -S"],
    ["ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT", "ip6tables -L INPUT -n -v", "ip6tables-save -t filter"],
    ["ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited", "ip6tables -S INPUT", "ip6tables -A INPUT -j REJECT --reject-with icmp-host-prohibited"],
    ["ip6tables -4 -L", "ip6tables -6 -S", "ip6tables -t nat -S", "ip6tables -P FORWARD DROP", "ip6tables -L FORWARD"],
    ["ip6tables -A OUTPUT -s 2001:db8::1 -j LOG --log-prefix six", "ip6tables -L OUTPUT", "ip6tables -D OUTPUT 1", "ip6tables -Z -L OUTPUT -v"],
  ]);
}

/** A target's help block (the tail after the generic help), also via ip6tables/legacy. */
function targetHelp(state) {
  const r = state.rng;
  // (CLUSTERIP, IDLETIMER, LED, HMARK, RATEEST, SECMARK, CONNSECMARK, TCPOPTSTRIP are not emulated)
  const names = [...Object.keys(TARGETS), "SYNPROXY", "ECN", "TPROXY", "NOPE"];
  const prog = r.pick(["iptables", "iptables", "iptables-legacy", "ip6tables"]);
  return `${prog} ${r.pick(["-j", "--jump"])} ${r.pick(names)} ${r.pick(["-h", "--help"])} | tail -n ${r.int(5, 30)}`;
}

/** Random soup of verbs, flags and rule options in random order (parser ordering and conflicts). */
function optionSoup(state) {
  const r = state.rng;
  const chain = r.pick(["INPUT", "FORWARD", ...state.chains]);
  const pool = [
    `-A ${chain}`, `-I ${chain} 2`, `-D ${chain} 1`, `-R ${chain} 1`, `-C ${chain}`, "-L", `-L ${chain}`, "-S", `-S ${chain} 1`, "-F", "-Z", "-N x1", "-X",
    "-E x1 x2", "-P INPUT DROP", "-n", "-v", "-x", "--line-numbers", "-t nat", "-t raw", "-j ACCEPT", "-j DROP", "-p tcp", "--dport 22",
    "-s 1.2.3.4", "-d 10.0.0.0/8", "!", "-c 1 2", "-w", "-W 5", "-4", "--modprobe /bin/true", "-m comment --comment x", `-g ${chain}`,
    "-i lo", "-o lo", "-f", "--exact", "--numeric", "-j LOG", "--log-prefix p", "-m tcp", "--syn", "-j MARK --set-mark 1",
  ];
  const words = r.pickN(pool, r.int(1, 5));
  return `iptables ${words.join(" ")}`;
}

/** Verbs and odd options through iptables-legacy (libiptc's own errors and echoes). */
function legacyVerbs(state) {
  const r = state.rng;
  const family = r.pick([chainVerbs, numberedVerbs, oddOptions, optionSoup, jumpRule]);
  return [].concat(family(state)).map((c) => c.replace(/^iptables /, "iptables-legacy ").replace(/^iptables-save/, "iptables-legacy-save"));
}

export const FAMILIES = { legacyVerbs, optionSoup, optionSoup2: optionSoup, targetHelp, legacyTargets, counterRules, ip6Overlap, targetMatrix, targetMatrix2: targetMatrix, roundTrip, targetRule, targetRule2: targetRule, targetRule3: targetRule, jumpRule, chainVerbs, numberedVerbs, listFlags, oddOptions, frontEnds, restoreSnippets };
