/**
 * Entry lists the library made or parsed itself: frozen arrays of frozen entries, each with exactly
 * the documented keys, valid types, a valid date and a deeply frozen payload. Replay shares their
 * entries instead of copying them and skips their shape checks; it still checks every entry against
 * the machine. The mark is a private, non-enumerable symbol set before the array is frozen: JSON,
 * spreads and copies drop it, and nobody outside the library can set it.
 *
 * @internal
 * @module
 */
import { freeze } from "../core/freeze.js";

const BRAND: unique symbol = Symbol("k-city-network.trusted-entries");

/**
 * Freezes a list of well-formed, frozen entries (or a snapshot start, transition or replay made) and
 * marks it as made or parsed by the library.
 */
export function trust<T extends object>(entries: T): T {
  if (!Object.isFrozen(entries)) {
    Object.defineProperty(entries, BRAND, { value: true });
    freeze(entries);
  }
  return entries;
}

/** Whether the library made or parsed this list of entries (or made this snapshot). */
export function isTrusted(entries: object): boolean {
  return (entries as { readonly [BRAND]?: boolean })[BRAND] === true;
}
