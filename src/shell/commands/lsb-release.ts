// lsb_release [-hvidrcas] as Debian 12's lsb-release-minimal script answers: the values come
// from /etc/os-release (or /usr/lib/os-release); options are parsed by util-linux getopt.
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

const HELP = `Usage: lsb_release [options]

Options:
  -h, --help         show this help message and exit
  -v, --version      show LSB modules this system supports
  -i, --id           show distributor ID
  -d, --description  show description of this distribution
  -r, --release      show release number of this distribution
  -c, --codename     show code name of this distribution
  -a, --all          show all of the above information
  -s, --short        show requested information in short format
`;

/** KEY=VALUE lines of an os-release file, quotes removed (what `. /etc/os-release` sets). */
function osRelease(ctx: CommandContext): Record<string, string> {
  const text = ctx.fs.readFile("/etc/os-release") ?? ctx.fs.readFile("/usr/lib/os-release") ?? "";
  const vars: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) vars[m[1]!] = m[2]!.replace(/^"(.*)"$|^'(.*)'$/, "$1$2");
  }
  return vars;
}

export const lsbRelease: Command = {
  name: "lsb_release",
  run(ctx) {
    const p = parseOptions("lsb_release", ctx.argv.slice(1), {
      flags: "hvidrcas",
      long: { help: "h", version: "v", id: "i", description: "d", release: "r", codename: "c", all: "a", short: "s" },
      usage: "",
      usageRc: 2,
    });
    if (isResult(p)) return p;
    // the script stops at its first operand, and -h exits before anything is shown
    if (has(p, "h")) return done(HELP);
    const all = has(p, "a");
    const os = osRelease(ctx);
    // ID capitalised; NAME instead when it differs only in case
    let id = os.ID ?? "";
    id = id.slice(0, 1).toUpperCase() + id.slice(1);
    if (os.NAME !== undefined && os.NAME.toLowerCase() === id.toLowerCase()) id = os.NAME;
    const lines: [boolean, string, string | undefined][] = [
      [all || has(p, "i"), "Distributor ID", id],
      [all || has(p, "d"), "Description", os.PRETTY_NAME],
      [all || has(p, "r"), "Release", os.VERSION_ID],
      [all || has(p, "c"), "Codename", os.VERSION_CODENAME],
    ];
    let out = "";
    for (const [show, label, value] of lines) {
      if (!show) continue;
      const v = value || "n/a";
      out += has(p, "s") ? `${v}\n` : `${label}:\t${v}\n`;
    }
    return done(out);
  },
};
