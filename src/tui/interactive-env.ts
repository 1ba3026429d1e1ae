// Ink decides once, when it is first imported, whether it runs under CI (the `CI` or
// `CONTINUOUS_INTEGRATION` variables): if so it draws nothing until the app exits. A learner
// whose shell exports CI=true (some containers and dev images do) would see a blank screen.
// The tutor only opens on a real terminal, so on one these markers are dropped before Ink loads.

const CI_MARKERS = ["CI", "CONTINUOUS_INTEGRATION"] as const;

/** Removes the CI markers from `env` when both ends are terminals; returns the names removed. */
export function dropCiMarkersOnTerminal(env: NodeJS.ProcessEnv, interactive: boolean): string[] {
  if (!interactive) return [];
  const removed = CI_MARKERS.filter((name) => name in env);
  for (const name of removed) delete env[name];
  return removed;
}
