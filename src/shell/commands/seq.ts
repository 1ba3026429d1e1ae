// seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST
import type { Command } from "../types.js";
import { formatOnce } from "./printf.js";
import { done, unknownOption } from "./util.js";

export const seq: Command = {
  name: "seq",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const unknown = unknownOption("seq", args, { short: "w", withArg: "fs", long: ["format=", "separator=", "equal-width", "help", "version"], numbers: true });
    if (unknown) return unknown;
    let sep = "\n";
    let width = false;
    let format: string | undefined;
    const nums: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === "-s" || a === "--separator") sep = args[++i] ?? "\n";
      else if (a.startsWith("--separator=")) sep = a.slice(12);
      else if (a.startsWith("-s")) sep = a.slice(2);
      else if (a === "-f" || a === "--format") format = args[++i];
      else if (a.startsWith("--format=")) format = a.slice(9);
      else if (a.startsWith("-f")) format = a.slice(2);
      else if (a === "-w" || a === "--equal-width") width = true;
      else nums.push(a);
    }
    if (nums.length === 0) return done("", "seq: missing operand\nTry 'seq --help' for more information.\n", 1);
    if (nums.length > 3) return done("", `seq: extra operand '${nums[3]}'\nTry 'seq --help' for more information.\n`, 1);
    const bad = nums.find((n) => !/^[-+]?[0-9]*\.?[0-9]+$/.test(n));
    if (bad !== undefined) return done("", `seq: invalid floating point argument: '${bad}'\nTry 'seq --help' for more information.\n`, 1);
    const [first, inc, last] = nums.length === 1 ? [1, 1, Number(nums[0])] : nums.length === 2 ? [Number(nums[0]), 1, Number(nums[1])] : nums.map(Number) as [number, number, number];
    if (inc === 0) return done("", `seq: invalid Zero increment value: '${nums[1]}'\nTry 'seq --help' for more information.\n`, 1);
    // without -f, numbers get as many decimals as the most precise of FIRST and INCREMENT
    const decimals = Math.max(...nums.slice(0, nums.length === 1 ? 0 : nums.length - 1).map((n) => (n.includes(".") ? n.length - n.indexOf(".") - 1 : 0)), 0);
    const out: string[] = [];
    for (let k = 0, v = first; inc > 0 ? v <= last + 1e-9 : v >= last - 1e-9; k++, v = first + k * inc) {
      if (out.length > 1_000_000) break;
      out.push(format !== undefined ? formatOnce(format, [String(v)]) : decimals ? v.toFixed(decimals) : String(v));
    }
    const w = width ? Math.max(...out.map((s) => s.length)) : 0;
    return done(out.length ? out.map((s) => s.padStart(w, "0")).join(sep) + "\n" : "");
  },
};
