// dpkg --compare-versions V1 REL V2: Debian version ordering (epoch, upstream, revision; '~' sorts
// before everything, letters before other symbols) and dpkg 1.21's syntax errors.

interface DebVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

/** A parsed version, or dpkg's complaint about it (warnings do not stop the comparison). */
export function parseVersion(text: string): { version?: DebVersion; error?: string; warning?: string } {
  if (text.trim() === "") return { error: "version string is empty" };
  if (/\s/.test(text.trim())) return { error: "version string has embedded spaces" };
  const s = text.trim();
  let epoch = 0;
  let rest = s;
  const colon = s.indexOf(":");
  if (colon >= 0) {
    const e = s.slice(0, colon);
    const digits = /^[0-9]*/.exec(e)![0];
    if (digits === "") return { error: "epoch in version is empty" };
    if (digits !== e) return { error: "epoch in version is not number" };
    epoch = Number(e);
    rest = s.slice(colon + 1);
  }
  const dash = rest.lastIndexOf("-");
  const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
  const revision = dash >= 0 ? rest.slice(dash + 1) : "";
  if (upstream === "") return { error: "version number is empty" };
  if (dash >= 0 && revision === "") return { error: "revision number is empty" };
  let warning: string | undefined;
  if (!/^[0-9]/.test(upstream)) warning = "version number does not start with digit";
  else if (/[^A-Za-z0-9.+~:-]/.test(upstream)) warning = "invalid character in version number";
  else if (/[^A-Za-z0-9.+~]/.test(revision)) warning = "invalid character in revision number";
  return { version: { epoch, upstream, revision }, warning };
}

function order(c: string | undefined): number {
  if (c === undefined || /[0-9]/.test(c)) return 0;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  if (c === "~") return -1;
  return c.charCodeAt(0) + 256;
}

/** dpkg's verrevcmp: alternating runs of non-digits (by order()) and numbers. */
function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  const digit = (s: string, k: number) => k < s.length && s[k]! >= "0" && s[k]! <= "9";
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !digit(a, i)) || (j < b.length && !digit(b, j))) {
      const ac = order(a[i]);
      const bc = order(b[j]);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === "0") i++;
    while (b[j] === "0") j++;
    while (digit(a, i) && digit(b, j)) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (digit(a, i)) return 1;
    if (digit(b, j)) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** <0, 0, >0 as A sorts before, with, after B; an absent version (empty) sorts first. */
export function compareVersions(a: DebVersion | undefined, b: DebVersion | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  if (a.epoch !== b.epoch) return a.epoch - b.epoch;
  return verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision);
}

const RELATIONS: Record<string, (c: number) => boolean> = {
  lt: (c) => c < 0, le: (c) => c <= 0, eq: (c) => c === 0, ne: (c) => c !== 0, ge: (c) => c >= 0, gt: (c) => c > 0,
  "<<": (c) => c < 0, "<=": (c) => c <= 0, "=": (c) => c === 0, ">=": (c) => c >= 0, ">>": (c) => c > 0,
  // obsolete forms, which mean "or equal"
  "<": (c) => c <= 0, ">": (c) => c >= 0,
};

/** The exit status and messages of `dpkg --compare-versions A REL B`. */
export function compareVersionsCommand(args: string[], usageTail: string): { rc: number; stderr: string } {
  if (args.length !== 3) return { rc: 2, stderr: `dpkg: error: --compare-versions takes three arguments: <version> <relation> <version>\n${usageTail}` };
  const [a, rel, b] = args as [string, string, string];
  const nl = rel.endsWith("-nl");
  const test = RELATIONS[nl ? rel.slice(0, -3) : rel];
  if (!test || (nl && !/^[a-z]+$/.test(rel.slice(0, -3)))) return { rc: 2, stderr: `dpkg: error: --compare-versions bad relation\n${usageTail}` };
  let stderr = rel === "<" || rel === ">" ? `dpkg: warning: --compare-versions used with obsolete relation operator '${rel}'\n` : "";
  const parsed: (DebVersion | undefined)[] = [];
  for (const text of [a, b]) {
    if (text === "" || text === "<unknown>") {
      parsed.push(undefined);
      continue;
    }
    const p = parseVersion(text);
    if (p.error) return { rc: 2, stderr: `${stderr}dpkg: error: version '${text}' has bad syntax: ${p.error}\n` };
    if (p.warning) stderr += `dpkg: warning: version '${text}' has bad syntax: ${p.warning}\n`;
    parsed.push(p.version);
  }
  const [va, vb] = parsed;
  // -nl: an empty version counts as later than any other
  const c = nl && (!va || !vb) ? (va ? -1 : vb ? 1 : 0) : compareVersions(va, vb);
  return { rc: test(c) ? 0 : 1, stderr };
}
