// Every match extension, in one list. Add one import and one entry per extension.
import type { MatchExtension } from "../extension.js";

export const MATCHES: MatchExtension[] = [];
