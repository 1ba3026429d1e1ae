// The emulated machine's wall clock for the kernel (-m time): a fixed, recent boot time plus
// the world's clock, so date windows in the past or future answer as on a real machine today.
// The same instant the Kubernetes cluster uses as "now" at clock 0 (kube/cluster.ts).
const BOOT_WALL_MS = Date.UTC(2026, 10, 26, 9, 0, 0);

export function wallClockMs(clock: number): number {
  return BOOT_WALL_MS + clock;
}
