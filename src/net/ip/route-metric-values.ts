// Route metrics (`ip route add … mtu lock 1400 rtt 100ms congctl cubic`) as the kernel keeps them
// (RTAX_* values: rtt in eighths and rttvar in quarters of a millisecond) and as iproute2 prints
// them back: in text after the route, in JSON as a "metrics" object.
import type { RouteMetric } from "../types.js";
import { u32 } from "./common.js";

/** IP_MAX_MTU (and IP6_MAX_MTU): the largest MTU the kernel keeps in a route. */
export const MAX_ROUTE_MTU = 65520;

/** get_time_rtt: milliseconds (rounded up), and whether no unit was given (then the value is taken raw). */
export function parseRttTime(text: string): { ms: number; raw: boolean } | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)(s|sec|secs|ms|msec|msecs)?$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  const ms = unit !== undefined && unit.startsWith("s") ? n * 1000 : n;
  return { ms: Math.ceil(ms), raw: unit === undefined };
}

/** The value the kernel stores for a metric given as `text` (already checked). */
export function metricValue(name: string, text: string): number | string {
  if (name === "congctl" || name === "features") return text;
  if (name === "rtt" || name === "rttvar" || name === "rto_min") {
    const t = parseRttTime(text)!;
    if (t.raw || name === "rto_min") return t.ms;
    return name === "rtt" ? t.ms * 8 : t.ms * 4;
  }
  // get_unsigned(…, 0) ("010" is 8); ip_metrics_convert caps the MTU at IP_MAX_MTU
  const n = u32(text) ?? 0;
  return name === "mtu" ? Math.min(n, MAX_ROUTE_MTU) : n;
}

/** What print_rta_metrics shows for a time metric: milliseconds, from the kernel's units. */
function shownMs(m: RouteMetric): number {
  const v = m.value as number;
  return m.name === "rtt" ? Math.floor(v / 8) : m.name === "rttvar" ? Math.floor(v / 4) : v;
}

const TIMES = new Set(["rtt", "rttvar", "rto_min"]);

/** " mtu lock 1400 rtt 12ms …" without the leading space, each followed by a space. */
export function metricsText(metrics: RouteMetric[]): string {
  return metrics.map((m) => {
    let value = String(m.value);
    if (TIMES.has(m.name)) {
      const ms = shownMs(m);
      value = ms >= 1000 ? `${ms / 1000}s` : `${ms}ms`;
    }
    return `${m.name}${m.lock ? " lock" : ""} ${value} `;
  }).join("");
}

/** The "metrics" object of `ip -j route` (locks are not shown there; congctl is "congestion"). */
export function metricsJson(metrics: RouteMetric[]): Record<string, number | string | null> {
  const out: Record<string, number | string | null> = {};
  for (const m of metrics) {
    if (m.name === "features") out[m.value as string] = null;
    else if (m.name === "congctl") out.congestion = m.value;
    else out[m.name] = TIMES.has(m.name) ? shownMs(m) : m.value;
  }
  return out;
}
