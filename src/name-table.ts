// Tables looked up by words a user types (option values, scope and table names, variable
// names). A plain object literal would also answer for "toString", "constructor" or
// "__proto__" through Object.prototype; a name table has no prototype, so those are simply
// not in it.

/** `entries` as a prototype-free table (its own copy). */
export function nameTable<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * Sets `table[name]` also where the table has Object.prototype again (a structuredClone'd
 * world's tables do), whose __proto__ setter would otherwise swallow the value.
 */
export function putName<T>(table: Record<string, T>, name: string, value: T): void {
  if (name === "__proto__") Object.defineProperty(table, name, { value, writable: true, enumerable: true, configurable: true });
  else table[name] = value;
}
