// kubectl's printers: tab-aligned tables (Go tabwriter, minwidth 6, padding 3), ages
// (duration.HumanDuration), YAML and JSON with sorted keys.
import { stringify } from "yaml";

export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.trunc(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${hours / 24}d` : `${Math.trunc(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${Math.trunc(days / 365)}y` : `${Math.trunc(days / 365)}y${days % 365}d`;
  return `${Math.trunc(days / 365)}y`;
}

/** Rows of cells → text, as Go's tabwriter (minwidth 6, padding 3) aligns them; the last cell is never padded. */
export function tabulate(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 6, cell.length + 3);
    });
  }
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join("") + "\n").join("");
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function toYaml(value: unknown): string {
  return stringify(sortKeys(value), { indentSeq: false, version: "1.1", lineWidth: 0, minContentWidth: 0 });
}

/** Go's encoding/json: sorted keys, and <, >, &, U+2028/9 escaped as \uXXXX (HTML-safe by default). */
export function goJson(value: unknown, indent?: number): string {
  const text = JSON.stringify(sortKeys(value), null, indent);
  return text.replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** kubectl -o json: json.MarshalIndent with 4 spaces, then a newline. */
export function toJson(value: unknown): string {
  return goJson(value, 4) + "\n";
}

/**
 * Go's text/tabwriter (flags 0): tab-terminated cells align per column block — the run of
 * adjacent lines that have a cell in that column — at max(minwidth, widest cell + padding).
 * The text after a line's last tab is not a cell and is never padded.
 */
export function goTabwriter(text: string, minwidth: number, padding: number): string {
  const lines = text.split("\n").map((l) => l.split("\t"));
  const widths: number[][] = lines.map(() => []);
  const format = (col: number, start: number, end: number): void => {
    let i = start;
    while (i < end) {
      if (lines[i]!.length - 1 <= col) {
        i++;
        continue;
      }
      let j = i;
      let width = minwidth;
      while (j < end && lines[j]!.length - 1 > col) width = Math.max(width, lines[j++]![col]!.length + padding);
      for (let r = i; r < j; r++) widths[r]![col] = width;
      format(col + 1, i, j);
      i = j;
    }
  };
  format(0, 0, lines.length);
  return lines.map((cells, r) => cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[r]![i]!) : c)).join("")).join("\n");
}
