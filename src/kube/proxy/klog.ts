// klog's text header, as kube-proxy's container log shows it:
// "I1126 09:00:01.000000       1 proxier.go:805] message".
import type { ClusterState } from "../cluster.js";

export function klogLine(cluster: ClusterState, clockMs: number, file: string, msg: string, level: "I" | "E" | "W" = "I"): string {
  const d = new Date(cluster.epochMs + clockMs);
  const two = (n: number) => String(n).padStart(2, "0");
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, "0");
  const stamp = `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros}`;
  return `${level}${stamp}       1 ${file}] ${msg}`;
}
