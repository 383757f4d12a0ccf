/**
 * Entry lists the library made or parsed itself: frozen arrays of frozen entries, each with exactly
 * the documented keys, valid types, a valid date and a deeply frozen payload. Replay shares their
 * entries instead of copying them and skips their shape checks; it still checks every entry against
 * the machine. One mark per list keeps the cost off each entry.
 *
 * @internal
 * @module
 */
const TRUSTED = new WeakSet<object>();

/** Marks a frozen list of well-formed, frozen entries as made or parsed by the library. */
export function trust<T extends readonly object[]>(entries: T): T {
  TRUSTED.add(entries);
  return entries;
}

/** Whether the library made or parsed this list of entries. */
export function isTrusted(entries: readonly object[]): boolean {
  return TRUSTED.has(entries);
}
