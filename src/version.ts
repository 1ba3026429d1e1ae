import { readFileSync } from "node:fs";

/** nettutor's own version, read from package.json next to dist/ or src/. */
export function nettutorVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    return String(pkg.version);
  } catch {
    return "unknown";
  }
}
