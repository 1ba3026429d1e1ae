// Test helpers: run ip/sysctl command lines against a world without the shell.
import { parseIpv4 } from "../../src/netfilter/ip.js";
import { ipCommand } from "../../src/net/ip/index.js";
import { sysctlCommand } from "../../src/net/sysctl-command.js";
import type { World } from "../../src/net/types.js";
import type { CommandContext, CommandResult, Vfs } from "../../src/shell/types.js";

/** A minimal in-memory Vfs over world.fs (enough for sysctl -p / --system). */
function vfs(world: World): Vfs {
  const abs = (p: string) => (p.startsWith("/") ? p : `/tmp/${p}`);
  return {
    readFile: (p) => world.fs.files[abs(p)],
    writeFile: (p, data, append) => { world.fs.files[abs(p)] = (append ? world.fs.files[abs(p)] ?? "" : "") + data; return undefined; },
    exists: (p) => abs(p) in world.fs.files || world.fs.dirs.includes(abs(p)),
    isDir: (p) => world.fs.dirs.includes(abs(p)),
    list: (p) => {
      const dir = abs(p).replace(/\/$/, "");
      if (!world.fs.dirs.includes(dir)) return undefined;
      return Object.keys(world.fs.files).filter((f) => f.startsWith(`${dir}/`) && !f.slice(dir.length + 1).includes("/")).map((f) => f.slice(dir.length + 1)).sort();
    },
    mkdir: (p) => { world.fs.dirs.push(abs(p)); return undefined; },
    remove: (p) => { delete world.fs.files[abs(p)]; return undefined; },
    resolve: abs,
  };
}

/** Split like a simple shell: whitespace separates, quotes group (inside words too). */
function words(line: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let quote: string | undefined;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current ??= "";
    } else if (/\s/.test(c)) {
      if (current !== undefined) out.push(current);
      current = undefined;
    } else current = (current ?? "") + c;
  }
  if (current !== undefined) out.push(current);
  return out;
}

export function run(world: World, line: string, netns = ""): CommandResult {
  return runArgv(world, words(line), netns);
}

function runArgv(world: World, argv: string[], netns: string): CommandResult {
  const ctx: CommandContext = {
    argv, stdin: "", env: {}, cwd: "/tmp", world, netns, fs: vfs(world),
    run: (inner, opts) => runArgv(world, inner, opts?.netns ?? netns),
  };
  if (argv[0] === "ip") return ipCommand.run(ctx);
  if (argv[0] === "sysctl") return sysctlCommand.run(ctx);
  return { stdout: "", stderr: `${argv[0]}: command not found\n`, rc: 127 };
}

/** Run lines that must all succeed. */
export function setup(world: World, script: string): void {
  for (const line of script.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))) {
    const result = run(world, line);
    if (result.rc !== 0) throw new Error(`${line}: ${result.stderr}`);
  }
}

export const ip = (text: string): number => {
  const addr = parseIpv4(text);
  if (addr === undefined) throw new Error(`bad address ${text}`);
  return addr;
};

/** The two-namespace world most oracle cases start from: host veth0 10.0.0.1 ↔ client eth0 10.0.0.2. */
export const CLIENT_SETUP = `
ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip link set lo up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
`;
