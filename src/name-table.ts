// Tables looked up by words a user types (option values, scope and table names, variable
// names). A plain object literal would also answer for "toString", "constructor" or
// "__proto__" through Object.prototype; a name table has no prototype, so those are simply
// not in it.

/** `entries` as a prototype-free table (its own copy). */
export function nameTable<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
