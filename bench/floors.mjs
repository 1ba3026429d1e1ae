// Reference points for the restore and listing budgets: what plain JavaScript needs on this
// machine for the least each command must do, with no iptables semantics at all. They say how
// far a budget is from what any emulator in this language could reach; they are not budgets.

/** Split the dump into lines and words, and keep one small rule object (plus its match and
 * target objects) per "-A" line in its chain's array: what a restore must at least build. */
export function restoreFloor(dump) {
  const chains = new Map();
  for (const line of dump.split("\n")) {
    if (line[0] === ":") chains.set(line.slice(1, line.indexOf(" ")), []);
    if (line[0] !== "-") continue;
    const words = line.split(" ");
    const rule = { src: undefined, dst: undefined, proto: 0, matches: [], action: { kind: "none" }, counters: { pkts: 0n, bytes: 0n } };
    for (let i = 2; i < words.length; i++) {
      const w = words[i];
      if (w === "-m") rule.matches.push({ name: words[++i], data: {} });
      else if (w === "-j") rule.action = { kind: "jump", chain: words[++i] };
      else if (w === "-s") rule.src = { addr: 0, mask: 0 };
      else if (w === "-d") rule.dst = { addr: 0, mask: 0 };
    }
    chains.get(words[1])?.push(rule);
  }
  return chains;
}

/** As many "-L -n"-shaped lines as the dump has rules, each from a template string of its
 * words (target, addresses, the rest of the line), joined: what a first listing must at least write. */
export function listingFloor(dump) {
  const parts = [];
  for (const line of dump.split("\n")) {
    if (!line.startsWith("-A ")) continue;
    const j = line.lastIndexOf(" -j ");
    const target = j < 0 ? "" : line.slice(j + 4);
    parts.push(`${target.padEnd(9)}  0    --  ${"0.0.0.0/0".padEnd(19)}  ${"0.0.0.0/0".padEnd(19)}  ${line.slice(3, j < 0 ? undefined : j)}\n`);
  }
  return parts.join("");
}
