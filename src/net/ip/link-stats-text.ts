// `ip -s [-s] link|addr`: the counters block print_link_stats64 writes (columns widened to fit
// the numbers) and its JSON form.
import { carrierChanges } from "../carrier-changes.js";
import { statsOf } from "../link-stats.js";
import type { Link } from "../types.js";
import type { Json } from "./json.js";


/** Column widths start at their header words' lengths and grow with the values. */
function widths(values: number[][]): number[] {
  const cols = ["*X errors:", "packets", "errors", "dropped", "heartbt", "overrun", "compressed"].map((w) => w.length);
  for (const row of values) row.forEach((v, i) => { cols[i] = Math.max(cols[i]!, String(v).length); });
  return cols;
}

const num = (width: number, value: number) => `${String(value).padStart(width)} `;

/** The text block (each line ending "\n"); `level` is how many -s were given. */
export function statsText(link: Link, level: number): string {
  const s = statsOf(link);
  const changes = carrierChanges(link);
  const rx = [s.rxBytes, s.rxPackets, 0, 0, 0, 0, 0];
  const tx = [s.txBytes, s.txPackets, 0, 0, 0, 0, 0];
  const rows = [rx, tx];
  if (level > 1) rows.push([0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, changes, 0]);
  const c = widths(rows);
  const head = (what: string, words: string[]) => `    ${what}: ${"bytes".padStart(c[0]! - 4)} ${words.map((w, i) => w.padStart(c[i + 1]!)).join(" ")} ${"".padStart(c[6]!)}\n`;
  const values = (row: number[]) => `    ${row.slice(0, 6).map((v, i) => num(c[i]!, v)).join("")}\n`;
  let out = head("RX", ["packets", "errors", "dropped", "missed", "mcast"]) + values(rx);
  if (level > 1) {
    out += `    RX errors:${"".padStart(c[0]! - 10)} ${["length", "crc", "frame", "fifo", "overrun"].map((w, i) => w.padStart(c[i + 1]!)).join(" ")}\n`;
    out += `${" ".repeat(c[0]! + 5)}${[0, 0, 0, 0, 0].map((v, i) => num(c[i + 1]!, v)).join("")}\n`;
  }
  out += head("TX", ["packets", "errors", "dropped", "carrier", "collsns"]) + values(tx);
  if (level > 1) {
    out += `    TX errors:${"".padStart(c[0]! - 10)} ${["aborted", "fifo", "window", "heartbt"].map((w, i) => w.padStart(c[i + 1]!)).join(" ")} ${"transns".padStart(c[5]!)}\n`;
    out += `${" ".repeat(c[0]! + 5)}${[0, 0, 0, 0, changes].map((v, i) => num(c[i + 1]!, v)).join("")}\n`;
  }
  return out;
}

export function statsJson(link: Link, level: number): Json {
  const s = statsOf(link);
  const deep = level > 1;
  return {
    stats64: {
      rx: {
        bytes: s.rxBytes, packets: s.rxPackets, errors: 0, dropped: 0, over_errors: 0, multicast: 0,
        ...(deep ? { length_errors: 0, crc_errors: 0, frame_errors: 0, fifo_errors: 0, missed_errors: 0 } : {}),
      },
      tx: {
        bytes: s.txBytes, packets: s.txPackets, errors: 0, dropped: 0, carrier_errors: 0, collisions: 0,
        ...(deep ? { aborted_errors: 0, fifo_errors: 0, window_errors: 0, heartbeat_errors: 0, carrier_changes: carrierChanges(link) } : {}),
      },
    },
  };
}
