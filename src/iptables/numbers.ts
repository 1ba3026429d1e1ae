// Counter printing (xtables_print_num) and the C ctime() text iptables-save stamps.

const U64 = (1n << 64n) - 1n;

/**
 * xtables_print_num. `abbreviate` is FMT_KILOMEGAGIGA (no -x); `table` pads the column.
 * Each K/M/G/T step rounds again, and n+500 wraps like the C u64 does.
 */
export function formatCount(value: bigint, abbreviate: boolean, table: boolean): string {
  if (!abbreviate) return table ? `${String(value).padStart(8)} ` : `${value} `;
  let n = value & U64;
  if (n <= 99999n) return table ? `${String(n).padStart(5)} ` : `${n} `;
  for (const unit of ["K", "M", "G"]) {
    n = ((n + 500n) & U64) / 1000n;
    if (n <= 9999n) return table ? `${String(n).padStart(4)}${unit} ` : `${n}${unit} `;
  }
  n = ((n + 500n) & U64) / 1000n;
  return table ? `${String(n).padStart(4)}T ` : `${n}T `;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** C ctime() without the newline, in UTC: "Thu Nov 26 08:58:07 2026". */
export function ctime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`
  );
}
