// find [PATH…] [EXPRESSION] (GNU findutils 4.9): -name -iname -path -type -empty -maxdepth -mindepth
// -newer, joined by -a/-o/!/( ), with -print, -print0, -printf, -delete and -exec. Entries are
// visited in name order (the real order is the file system's).
import type { Command } from "../types.js";
import { done } from "./util.js";
import { groupByName, ownerOf, userByName } from "../ownership.js";

interface Entry {
  path: string;
  depth: number;
  dir: boolean;
  /** A symbolic link (find -P: never followed). */
  link?: boolean;
}

type Node =
  | { k: "test"; fn: (e: Entry) => boolean }
  | { k: "action"; fn: (e: Entry) => boolean }
  | { k: "not"; a: Node }
  | { k: "and" | "or"; a: Node; b: Node };

function globRegex(glob: string, flags = ""): RegExp {
  let src = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") src += ".*";
    else if (c === "?") src += ".";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) src += "\\[";
      else {
        src += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < glob.length) src += `\\${glob[++i]}`;
    else src += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${src}$`, `s${flags}`);
}

const baseName = (path: string) => (path === "/" ? "/" : path.replace(/\/+$/, "").split("/").pop()!);

class FindError extends Error {}

export const find: Command = {
  name: "find",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const firstExpr = args.findIndex((a) => /^[-!(]/.test(a) && a !== "-");
    const roots = firstExpr < 0 ? args : args.slice(0, firstExpr);
    const words = firstExpr < 0 ? [] : args.slice(firstExpr);
    let maxDepth = Infinity;
    let minDepth = 0;
    const out: string[] = [];
    const err: string[] = [];
    let rc = 0;
    let acted = false;
    const deletions: string[] = [];
    const size = (e: Entry) => (e.dir ? 4096 : Buffer.byteLength(ctx.fs.readFile(e.path) ?? ""));
    let pos = 0;
    const need = (opt: string) => {
      const v = words[++pos];
      if (v === undefined) throw new FindError(`missing argument to \`${opt}'`);
      return v;
    };
    const primary = (): Node => {
      const w = words[pos]!;
      switch (w) {
        case "!":
        case "-not":
          pos++;
          if (pos >= words.length) throw new FindError(`expected an expression after '${w}'`);
          return { k: "not", a: primary() };
        case "(": {
          pos++;
          if (words[pos] === ")") throw new FindError("invalid expression; empty parentheses are not allowed.");
          if (pos >= words.length) throw new FindError("invalid expression; expected to find a ')' but didn't see one. Perhaps you need an extra predicate after '('");
          const inner = orExpr();
          if (words[pos] !== ")") throw new FindError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
          pos++;
          return inner;
        }
        case "-a":
        case "-and":
        case "-o":
        case "-or":
        case ",":
          throw new FindError(`invalid expression; you have used a binary operator '${w}' with nothing before it.`);
        case "-name":
        case "-iname": {
          const re = globRegex(need(w), w === "-iname" ? "i" : "");
          pos++;
          return { k: "test", fn: (e) => re.test(baseName(e.path)) };
        }
        case "-path":
        case "-wholename": {
          const re = globRegex(need(w));
          pos++;
          return { k: "test", fn: (e) => re.test(e.path) };
        }
        case "-type": {
          const t = need(w);
          if (!/^[fdlbcps]$/.test(t)) throw new FindError(`Unknown argument to -type: ${t}`);
          pos++;
          return { k: "test", fn: (e) => (t === "l" ? !!e.link : e.link ? false : t === "d" ? e.dir : t === "f" ? !e.dir : false) };
        }
        case "-maxdepth":
        case "-mindepth": {
          const v = need(w);
          if (!/^[0-9]+$/.test(v)) throw new FindError(`Expected a positive decimal integer argument to ${w}, but got \`${v}'`);
          if (w === "-maxdepth") maxDepth = Number(v);
          else minDepth = Number(v);
          pos++;
          return { k: "test", fn: () => true };
        }
        case "-empty":
          pos++;
          return { k: "test", fn: (e) => (e.dir ? (ctx.fs.list(e.path) ?? []).length === 0 : size(e) === 0) };
        case "-newer": {
          const ref = need(w);
          if (!ctx.fs.exists(ref)) throw new FindError(`'${ref}': No such file or directory`);
          pos++;
          // no times are kept: everything but the reference itself counts as newer
          return { k: "test", fn: (e) => ctx.fs.resolve(e.path) !== ctx.fs.resolve(ref) };
        }
        case "-user":
        case "-group":
        case "-uid":
        case "-gid": {
          const v = need(w);
          const numeric = w === "-uid" || w === "-gid";
          const named = w === "-user" ? userByName(ctx.fs, v) : w === "-group" ? groupByName(ctx.fs, v) : undefined;
          const id = named?.id ?? (/^[0-9]+$/.test(v) ? Number(v) : undefined);
          if (id === undefined) {
            if (numeric) throw new FindError(`invalid argument \`${v}' to \`${w}'`);
            throw new FindError(w === "-user" ? `'${v}' is not the name of a known user` : `'${v}' is not the name of an existing group`);
          }
          pos++;
          const wantUser = w === "-user" || w === "-uid";
          return { k: "test", fn: (e) => (e.link ? id === 0 : ((o) => (wantUser ? o.uid : o.gid) === id)(ownerOf(ctx.world, ctx.fs.resolve(e.path)))) };
        }
        case "-true":
        case "-false":
          pos++;
          return { k: "test", fn: () => w === "-true" };
        case "-print":
        case "-print0":
          pos++;
          acted = true;
          return { k: "action", fn: (e) => (out.push(e.path + (w === "-print" ? "\n" : "\0")), true) };
        case "-delete":
          pos++;
          acted = true;
          return { k: "action", fn: (e) => (deletions.push(e.path), true) };
        case "-printf": {
          const fmt = need(w);
          pos++;
          acted = true;
          return { k: "action", fn: (e) => (out.push(printf(fmt, e, size(e))), true) };
        }
        case "-exec":
        case "-execdir":
        case "-ok": {
          const start = ++pos;
          while (pos < words.length && words[pos] !== ";" && !(words[pos] === "+" && words[pos - 1] === "{}")) pos++;
          if (pos >= words.length) throw new FindError(`missing argument to \`${w}'`);
          const cmd = words.slice(start, pos);
          pos++;
          acted = true;
          return {
            k: "action",
            fn: (e) => {
              const target = w === "-execdir" ? `./${baseName(e.path)}` : e.path;
              const r = ctx.run(cmd.map((a) => a.replaceAll("{}", target)));
              out.push(r.stdout);
              err.push(r.stderr);
              return r.rc === 0;
            },
          };
        }
        default:
          throw new FindError(w.startsWith("-") ? `unknown predicate \`${w}'` : `paths must precede expression: \`${w}'`);
      }
    };
    const andExpr = (): Node => {
      let a = primary();
      while (pos < words.length && words[pos] !== "-o" && words[pos] !== "-or" && words[pos] !== ")" && words[pos] !== ",") {
        if (words[pos] === "-a" || words[pos] === "-and") pos++;
        a = { k: "and", a, b: primary() };
      }
      return a;
    };
    const orExpr = (): Node => {
      let a = andExpr();
      while (words[pos] === "-o" || words[pos] === "-or") {
        pos++;
        a = { k: "or", a, b: andExpr() };
      }
      return a;
    };
    let tree: Node;
    try {
      tree = words.length ? orExpr() : { k: "test", fn: () => true };
      if (pos < words.length) throw new FindError(`paths must precede expression: \`${words[pos]}'`);
    } catch (e) {
      if (e instanceof FindError) return done("", `find: ${e.message}\n`, 1);
      throw e;
    }
    const evaluate = (n: Node, e: Entry): boolean => {
      switch (n.k) {
        case "test":
        case "action":
          return n.fn(e);
        case "not":
          return !evaluate(n.a, e);
        case "and":
          return evaluate(n.a, e) && evaluate(n.b, e);
        case "or":
          return evaluate(n.a, e) || evaluate(n.b, e);
      }
    };
    const visit = (path: string, depth: number) => {
      const link = ctx.fs.readLink?.(path) !== undefined;
      const dir = !link && ctx.fs.isDir(path);
      const entry = { path, depth, dir, link };
      if (depth >= minDepth && evaluate(tree, entry) && !acted) out.push(path + "\n");
      if (dir && depth < maxDepth) {
        for (const name of ctx.fs.list(path) ?? []) visit(`${path.replace(/\/+$/, "")}/${name}`.replace(/^\/\//, "/"), depth + 1);
      }
    };
    for (const root of roots.length ? roots : ["."]) {
      if (!ctx.fs.exists(root)) {
        err.push(`find: '${root}': No such file or directory\n`);
        rc = 1;
        continue;
      }
      visit(root, 0);
    }
    // -delete removes depth first, so a directory goes after what it held
    for (const path of deletions.reverse()) ctx.fs.remove(path);
    return done(out.join(""), err.join(""), rc);
  },
};

/** -printf: %p path, %f name, %h parent, %s size, %d depth, %y type, %m mode, %% and \n \t escapes. */
function printf(fmt: string, e: Entry, size: number): string {
  const parent = e.path.includes("/") ? e.path.slice(0, e.path.lastIndexOf("/")) || "/" : ".";
  const values: Record<string, string> = {
    p: e.path, f: baseName(e.path), h: parent, s: String(size), d: String(e.depth), y: e.dir ? "d" : "f", m: e.dir ? "755" : "644", "%": "%",
  };
  return fmt
    .replace(/%(.)/g, (m, c: string) => values[c] ?? m)
    .replace(/\\([nt0\\])/g, (_m, c: string) => ({ n: "\n", t: "\t", "0": "\0", "\\": "\\" })[c]!);
}
