// -m time: time of day, weekdays, days of the month and a date window, on the wall clock the
// packet path gives (ctx.wallClock, milliseconds since 1970-01-01 UTC), else on ctx.now; the
// emulated kernel's timezone is UTC.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { cannotCombine, checkOption } from "./util/errors.js";
import { truncateUtf8 } from "./util/utf8.js";

const WEEK_DAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const ALL_WEEKDAYS = 0xfe;
const ALL_MONTHDAYS = 0xfffffffe;
const MAX_DAYTIME = 86399;
const INT_MAX = 2147483647;

export interface TimeData {
  dateStart: number;
  dateStop: number;
  daytimeStart: number;
  daytimeStop: number;
  weekdays: number;
  monthdays: number;
  kernelTz: boolean;
  contiguous: boolean;
  seen: string[];
}

/** Leading decimal digits like strtoul(s, &e, 10): value and the rest. */
function leadingNumber(s: string): [number, string] {
  const m = /^[ \t]*\+?(\d*)/.exec(s)!;
  return [m[1] ? Number(m[1]) : 0, s.slice(m[0].length)];
}

function parseDate(text: string): number {
  const bad = () => paramProblem(`Invalid date "${text}" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`);
  const fields = [1970, 1, 1, 0, 0, 0];
  const seps = ["-", "-", "T", ":", ":", ""];
  const limits: [number, number][] = [[1970, 2038], [0, 12], [0, 31], [0, 23], [0, 59], [0, 59]];
  let rest = text;
  for (let i = 0; i < 6; i++) {
    const [value, after] = leadingNumber(rest);
    const [lo, hi] = limits[i]!;
    if ((after !== "" && after[0] !== seps[i]) || value < lo || value > hi || (i === 5 && after !== "")) throw bad();
    fields[i] = value;
    if (after === "") break;
    rest = after.slice(1);
  }
  const [y, mo, d, h, mi, s] = fields as [number, number, number, number, number, number];
  return Math.floor(Date.UTC(y, mo - 1, d, h, mi, s) / 1000);
}

function parseDaytime(text: string): number {
  let rest = text;
  const bad = () => paramProblem(`invalid time "${rest}" specified, should be hh:mm[:ss] format and within the boundaries`);
  const [hour, a] = leadingNumber(rest);
  if (!a.startsWith(":") || hour > 23) throw bad();
  rest = a.slice(1);
  const [minute, b] = leadingNumber(rest);
  if ((b !== "" && !b.startsWith(":")) || minute > 59) throw bad();
  let second = 0;
  if (b !== "") {
    rest = b.slice(1);
    const [sec, c] = leadingNumber(rest);
    if (c !== "" || sec > 59) throw bad();
    second = sec;
  }
  return hour * 3600 + minute * 60 + second;
}

/** C strtoul (base 0, sign allowed) on the whole text, kept in an unsigned int; undefined if not all read. */
function cStrtoul(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[2]!;
  const U64 = 1n << 64n;
  let value = /^0[xX]/.test(digits) ? BigInt(digits) : /^0\d/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  if (value >= U64) value = U64 - 1n;
  if (m[1] === "-") value = (U64 - value) % U64;
  return Number(value & 0xffffffffn);
}

function parseWeekdays(arg: string): number {
  let mask = 0;
  const segments = arg.split(",");
  // The loop stops at the end of the text, so only a final empty segment is skipped; an
  // empty one in between reads as the number 0.
  if (segments[segments.length - 1] === "") segments.pop();
  for (const segment of segments) {
    const day = truncateUtf8(segment, 3); // (a 4-byte C buffer)
    // strtoul (base 0, a sign allowed) on up to three characters into an unsigned int; an
    // empty day reads as 0; the shift keeps 5 bits of the count, as x86 does
    const number = day === "" ? 0 : cStrtoul(day);
    if (number !== undefined) {
      if (number === 0) throw paramProblem("No, the week does NOT begin with Sunday.");
      mask |= 1 << (number & 31);
      continue;
    }
    const i = WEEK_DAYS.findIndex((name, idx) => idx > 0 && name.slice(0, 2) === day.slice(0, 2));
    if (i < 0) throw paramProblem(`${day} is not a valid day specifier`);
    mask |= 1 << i;
  }
  // xt_time keeps the weekdays in a byte: bits past 7 (from big numbers) are lost
  return mask & 0xff;
}

function parseMonthdays(arg: string): number {
  let mask = 0;
  const segments = arg.split(",");
  if (segments[segments.length - 1] === "") segments.pop(); // as for --weekdays
  for (const segment of segments) {
    // strtoul on the first two characters: an empty day is 0 (a bit no listing shows)
    const day = truncateUtf8(segment, 2);
    const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(day);
    // ("-0" is 0; any other negative number is a huge unsigned one)
    const n = day === "" ? 0 : m ? (m[1] === "-" && Number(m[2]) !== 0 ? -1 : Number(m[2])) : -1;
    if (n < 0 || n > 31) throw paramProblem(`${day} is not a valid day for --monthdays`);
    mask |= 1 << n;
  }
  return mask >>> 0;
}

const two = (n: number) => String(n).padStart(2, "0");
const hms = (t: number) => `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}`;

function dateText(seconds: number, sep: string): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}${sep}${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function weekdaysText(mask: number): string {
  return WEEK_DAYS.filter((_, i) => i > 0 && mask & (1 << i)).join(",");
}

function monthdaysText(mask: number, human: boolean): string {
  const days: string[] = [];
  for (let i = 1; i <= 31; i++) {
    if (!((mask >>> 0) & (2 ** i))) continue;
    const suffix = !human ? "" : i % 10 === 1 ? "st" : i % 10 === 2 ? "nd" : i % 10 === 3 ? "rd" : "th";
    days.push(`${i}${suffix}`);
  }
  return days.join(",");
}

export const timeMatch: MatchExtension<TimeData> = {
  name: "time",
  options: [
    { name: "datestart", args: 1 },
    { name: "datestop", args: 1 },
    { name: "timestart", args: 1 },
    { name: "timestop", args: 1 },
    { name: "contiguous", args: 0 },
    { name: "weekdays", args: 1, invertible: true },
    { name: "monthdays", args: 1, invertible: true },
    { name: "localtz", args: 0 },
    { name: "utc", args: 0 },
    { name: "kerneltz", args: 0 },
  ],
  init: () => ({ dateStart: 0, dateStop: INT_MAX, daytimeStart: 0, daytimeStop: MAX_DAYTIME, weekdays: ALL_WEEKDAYS, monthdays: ALL_MONTHDAYS, kernelTz: false, contiguous: false, seen: [] }),
  parse(d, { option, args, invert, warn }) {
    checkOption("time", d.seen, option, invert, { invertible: option === "weekdays" || option === "monthdays" });
    const arg = args[0] ?? "";
    switch (option) {
      case "datestart":
        d.dateStart = parseDate(arg);
        break;
      case "datestop":
        d.dateStop = parseDate(arg);
        break;
      case "timestart":
        d.daytimeStart = parseDaytime(arg);
        break;
      case "timestop":
        d.daytimeStop = parseDaytime(arg);
        break;
      case "contiguous":
        d.contiguous = true;
        break;
      case "weekdays":
        d.weekdays = parseWeekdays(arg);
        if (invert) d.weekdays = (d.weekdays ^ ALL_WEEKDAYS) >>> 0;
        break;
      case "monthdays":
        d.monthdays = parseMonthdays(arg);
        if (invert) d.monthdays = (d.monthdays ^ ALL_MONTHDAYS) >>> 0;
        break;
      case "localtz":
        warn?.('WARNING: --localtz is being replaced by --kerneltz, since "local" is ambiguous. Note the kernel timezone has caveats - see manpage for details.\n');
        d.kernelTz = true;
        break;
      case "kerneltz":
        d.kernelTz = true;
        break;
    }
  },
  finalCheck(d) {
    if (d.contiguous && d.daytimeStart < d.daytimeStop) throw paramProblem("time: --contiguous only makes sense when stoptime is smaller than starttime");
    if (d.seen.includes("utc") && d.seen.includes("localtz")) throw cannotCombine("time", "localtz", "utc");
    if (d.seen.includes("utc") && d.seen.includes("kerneltz")) throw cannotCombine("time", "utc", "kerneltz");
  },
  save(d) {
    const parts: string[] = [];
    if (d.daytimeStart !== 0 || d.daytimeStop !== MAX_DAYTIME) parts.push(`--timestart ${hms(d.daytimeStart)}`, `--timestop ${hms(d.daytimeStop)}`);
    if (d.monthdays !== ALL_MONTHDAYS) parts.push(`--monthdays ${monthdaysText(d.monthdays, false)}`);
    if (d.weekdays !== ALL_WEEKDAYS) parts.push(`--weekdays ${weekdaysText(d.weekdays)}`);
    if (d.dateStart !== 0) parts.push(`--datestart ${dateText(d.dateStart, "T")}`);
    // The default stop (INT_MAX) is printed too: iptables only skips LONG_MAX.
    parts.push(`--datestop ${dateText(d.dateStop, "T")}`);
    if (d.kernelTz) parts.push("--kerneltz");
    if (d.contiguous) parts.push("--contiguous");
    return parts.join(" ");
  },
  print(d) {
    let out = "TIME";
    if (d.daytimeStart !== 0 || d.daytimeStop !== MAX_DAYTIME) out += ` from ${hms(d.daytimeStart)} to ${hms(d.daytimeStop)}`;
    if (d.weekdays !== ALL_WEEKDAYS) out += ` on ${weekdaysText(d.weekdays)}`;
    if (d.monthdays !== ALL_MONTHDAYS) out += ` on ${monthdaysText(d.monthdays, true)}`;
    if (d.dateStart !== 0) out += ` starting from ${dateText(d.dateStart, " ")}`;
    if (d.dateStop !== INT_MAX) out += ` until date ${dateText(d.dateStop, " ")}`;
    if (!d.kernelTz) out += " UTC";
    if (d.contiguous) out += " contiguous";
    return out;
  },
  match(d, _pkt, ctx) {
    const wall = (ctx as { wallClock?: number }).wallClock;
    let stamp = Math.floor((wall ?? ctx.now) / 1000);
    if (stamp < d.dateStart || stamp > d.dateStop) return false;
    const daytime = ((stamp % 86400) + 86400) % 86400;
    if (d.daytimeStart < d.daytimeStop) {
      if (daytime < d.daytimeStart || daytime > d.daytimeStop) return false;
    } else {
      if (daytime < d.daytimeStart && daytime > d.daytimeStop) return false;
      // After midnight a contiguous window still belongs to the day it started on.
      if (d.contiguous && daytime <= d.daytimeStop) stamp -= 86400;
    }
    const date = new Date(stamp * 1000);
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    if (!(d.weekdays & (1 << weekday))) return false;
    if (d.monthdays !== ALL_MONTHDAYS && !((d.monthdays >>> 0) & (2 ** date.getUTCDate()))) return false;
    return true;
  },
};
