/**
 * Freezes a value and everything reachable from it (plain objects and arrays), so that shared data
 * (editions, rules) cannot be changed by a caller.
 *
 * @internal
 * @module
 */
import { freeze } from "./freeze.js";

/** @internal Freezes `value` and every object and array reachable from it; returns `value`. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    freeze(value);
  }
  return value;
}
