// date [-u] [+FORMAT]: the emulated clock (UTC), formatted like GNU date under LC_ALL=C.
import type { Command } from "../types.js";
import { done, unknownOption } from "./util.js";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const codes: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()]!,
    b: () => MONTHS[d.getUTCMonth()]!,
    d: () => two(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => two(d.getUTCHours()),
    M: () => two(d.getUTCMinutes()),
    S: () => two(d.getUTCSeconds()),
    m: () => two(d.getUTCMonth() + 1),
    Y: () => String(d.getUTCFullYear()),
    y: () => two(d.getUTCFullYear() % 100),
    s: () => String(Math.floor(ms / 1000)),
    N: () => String((ms % 1000) * 1_000_000).padStart(9, "0"),
    Z: () => "UTC",
    z: () => "+0000",
    F: () => `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`,
    T: () => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`,
    n: () => "\n",
    t: () => "\t",
    "%": () => "%",
  };
  return format.replace(/%([a-zA-Z%])/g, (m, c: string) => codes[c]?.() ?? m);
}

export const date: Command = {
  name: "date",
  run(ctx) {
    const unknown = unknownOption("date", ctx.argv.slice(1), {
      short: "uRI", withArg: "dfrs", long: ["utc", "universal", "rfc-email", "iso-8601", "date=", "file=", "reference=", "set=", "debug", "help", "version"],
    });
    if (unknown) return unknown;
    const fmt = ctx.argv.slice(1).find((a) => a.startsWith("+"));
    const bad = ctx.argv.slice(1).find((a) => !a.startsWith("+") && a !== "-u" && a !== "--utc");
    if (bad !== undefined) return done("", `date: invalid date '${bad}'\n`, 1);
    return done(formatDate(ctx.world.clock, fmt ? fmt.slice(1) : "%a %b %e %H:%M:%S %Z %Y") + "\n");
  },
};
