// Every target extension, in one list. Add one import and one entry per extension.
import type { TargetExtension } from "../extension.js";

export const TARGETS: TargetExtension[] = [];
