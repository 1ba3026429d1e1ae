// -m cpu: the CPU handling the packet. The emulated host has a single CPU, number 0.
import type { MatchExtension } from "../extension.js";
import { badValue, checkOption, mustSpecify } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

export interface CpuData {
  cpu: number;
  invert: boolean;
  seen: string[];
}

export const cpuMatch: MatchExtension<CpuData> = {
  name: "cpu",
  options: [{ name: "cpu", args: 1, invertible: true }],
  init: () => ({ cpu: 0, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("cpu", d.seen, option, invert, { invertible: true });
    const n = strtoul(args[0]!, 0, 0xffffffff);
    if (n === undefined) throw badValue("cpu", "cpu", 0, 4294967295);
    d.cpu = n;
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("cpu")) throw mustSpecify("cpu", "cpu");
  },
  save: (d) => `${d.invert ? "! " : ""}--cpu ${d.cpu}`,
  print: (d) => `cpu ${d.invert ? "! " : ""}${d.cpu}`,
  match: (d) => (d.cpu === 0) !== d.invert,
};
