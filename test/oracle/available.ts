// Whether the real-kernel oracle can run here (root, iptables, unshare, python3).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** shared/ beside the checkout (as CI lays it out), else the development machine's copy. */
const BESIDE = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const SHARED = existsSync(`${BESIDE}oracle`) ? BESIDE : "/work/shared/";
export const RUN_REAL = `${SHARED}oracle/run-real`;
export const COMPARE = `${SHARED}oracle/compare.mjs`;

let cached: boolean | undefined;

export function oracleAvailable(): boolean {
  if (cached !== undefined) return cached;
  const root = process.getuid?.() === 0;
  const tools = spawnSync("sh", ["-c", "command -v iptables && command -v unshare && command -v python3"]).status === 0;
  cached = root && tools && existsSync(RUN_REAL);
  if (!cached) console.warn("oracle tests skipped: they need root, iptables, unshare and python3 (and ../shared/oracle)");
  return cached;
}
