// tac (lines last to first), rev (characters of each line reversed), paste (lines side by side).
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, unknownOption } from "./util.js";

/** Reads FILE… or stdin; missing files are reported with the tool's own wording. */
function inputs(ctx: CommandContext, files: string[], missing: (name: string, why: string) => string): { texts: string[]; errors: string } {
  const texts: string[] = [];
  let errors = "";
  for (const name of files.length ? files : ["-"]) {
    if (name === "-") texts.push(ctx.stdin);
    else if (ctx.fs.isDir(name)) errors += missing(name, "Is a directory");
    else {
      const data = ctx.fs.readFile(name);
      if (data === undefined) errors += missing(name, "No such file or directory");
      else texts.push(data);
    }
  }
  return { texts, errors };
}

export const tac: Command = {
  name: "tac",
  // stdio (or its own) buffer: a missing file's error shows before the output
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("tac", ctx.argv.slice(1), { flags: "b", withArg: "s", long: { before: "b", "separator=": "s" } });
    if (isResult(p)) return p;
    const sep = lastValue(p, "s") ?? "\n";
    if (sep === "") return done("", "tac: separator cannot be empty\n", 1);
    const { texts, errors } = inputs(ctx, p.args, (n, why) => `tac: failed to open '${n}' for reading: ${why}\n`);
    let out = "";
    for (const text of texts) {
      // each record keeps its own separator (after it, or before it with -b); a last record without one is printed as is
      const parts = text.split(sep);
      const records = has(p, "b")
        ? [parts[0]!, ...parts.slice(1).map((r) => sep + r)].filter((r) => r !== "")
        : parts.map((r, i) => (i < parts.length - 1 ? r + sep : r)).filter((r) => r !== "");
      out += records.reverse().join("");
    }
    return done(out, errors, errors ? 1 : 0);
  },
};

export const rev: Command = {
  name: "rev",
  // stdio (or its own) buffer: a missing file's error shows before the output
  bufferedStdout: true,
  run(ctx) {
    const bad = unknownOption("rev", ctx.argv.slice(1), { short: "Vh0", long: ["help", "version", "zero"] });
    if (bad) return bad;
    const { texts, errors } = inputs(ctx, ctx.argv.slice(1), (n, why) => `rev: cannot open ${n}: ${why}\n`);
    const out = texts.map((t) => t.replace(/[^\n]+/g, (line) => [...line].reverse().join(""))).join("");
    return done(out, errors, errors ? 1 : 0);
  },
};

function lines(text: string): string[] {
  if (text === "") return [];
  const all = text.split("\n");
  if (all[all.length - 1] === "") all.pop();
  return all;
}

export const paste: Command = {
  name: "paste",
  run(ctx) {
    const p = parseOptions("paste", ctx.argv.slice(1), { flags: "sz", withArg: "d", long: { serial: "s", "delimiters=": "d", "zero-terminated": "z" } });
    if (isResult(p)) return p;
    const delims = [...(lastValue(p, "d") ?? "\t").replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\0/g, "")];
    const delim = (i: number) => (delims.length ? delims[i % delims.length]! : "");
    const files = p.args.length ? p.args : ["-"];
    const { texts, errors } = inputs(ctx, files, (n, why) => `paste: ${n}: ${why}\n`);
    if (errors) return done("", errors, 1);
    let out = "";
    if (has(p, "s")) {
      for (const t of texts) out += lines(t).reduce((acc, l, i) => (i === 0 ? l : acc + delim(i - 1) + l), "") + "\n";
      return done(out);
    }
    // "-" named several times shares stdin: each one takes the next line in turn
    // (reading ctx.stdin uses it up: only when "-" is named, or a read loop loses its lines)
    const stdinLines = files.includes("-") ? lines(ctx.stdin) : [];
    let stdinAt = 0;
    const columns = files.map((f, i) => (f === "-" ? undefined : lines(texts[i]!)));
    const rows = Math.max(files.filter((f) => f === "-").length ? Math.ceil(stdinLines.length / files.filter((f) => f === "-").length) : 0, ...columns.map((c) => c?.length ?? 0));
    for (let r = 0; r < rows; r++) {
      const cells = columns.map((c) => (c === undefined ? stdinLines[stdinAt++] ?? "" : c[r] ?? ""));
      out += cells.reduce((acc, cell, i) => (i === 0 ? cell : acc + delim(i - 1) + cell), "") + "\n";
    }
    return done(out);
  },
};
