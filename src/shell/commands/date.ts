// date [-u] [+FORMAT]: the emulated wall clock (UTC; the one -m time matches against),
// formatted like GNU date under LC_ALL=C.
import type { Command } from "../types.js";
import { done, unknownOption } from "./util.js";
import { wallClockMs } from "../../net/wall-clock.js";

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

/** What `date -d` understands here: @SECONDS, YYYY-MM-DD with an optional time, or empty (midnight today). */
function parseDate(text: string): number | undefined {
  const epoch = /^@(-?[0-9]+(?:\.[0-9]+)?)$/.exec(text);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);
  const iso = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?(?: ?(?:UTC|Z))?$/.exec(text);
  if (!iso) return undefined;
  const [y, mo, d, h, mi, sec] = iso.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, sec);
  // a day the month does not have (2024-02-30) is invalid, not rolled over
  return new Date(ms).getUTCDate() === d ? ms : undefined;
}

export const date: Command = {
  name: "date",
  run(ctx) {
    const unknown = unknownOption("date", ctx.argv.slice(1), {
      short: "uRI", withArg: "dfrs", long: ["utc", "universal", "rfc-email", "iso-8601", "date=", "file=", "reference=", "set=", "debug", "help", "version"],
    });
    if (unknown) return unknown;
    // -d STRING: @SECONDS, or an ISO date "YYYY-MM-DD[ HH:MM[:SS]]" (the machine's zone is UTC)
    const args = ctx.argv.slice(1);
    let when = wallClockMs(ctx.world.clock);
    let fmt: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.startsWith("+")) fmt = a;
      else if (a === "-u" || a === "--utc" || a === "--universal") continue;
      else if (a === "-d" || a.startsWith("--date=") || (a.startsWith("-d") && a.length > 2)) {
        const text = a === "-d" ? args[++i] ?? "" : a.startsWith("--date=") ? a.slice(7) : a.slice(2);
        const parsed = parseDate(text.trim());
        if (parsed === undefined) return done("", `date: invalid date '${text}'\n`, 1);
        when = parsed;
      } else return done("", `date: invalid date '${a}'\n`, 1);
    }
    return done(formatDate(when, fmt ? fmt.slice(1) : "%a %b %e %H:%M:%S %Z %Y") + "\n");
  },
};
