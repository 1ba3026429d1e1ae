// Named tables several rules share (xt_recent lists, hashlimit buckets) live in the
// namespace when the packet path offers a store; otherwise in the rule's own data.
import type { HookContext } from "../../types.js";
import type { ContextExtras } from "./extras.js";

export function sharedTable<T extends object>(ctx: HookContext, key: string, local: Record<string, T>, fresh: () => T): T {
  const store = ((ctx as HookContext & ContextExtras).sharedTables ?? local) as Record<string, T>;
  let table = store[key];
  if (!table) {
    table = fresh();
    store[key] = table;
  }
  return table;
}
