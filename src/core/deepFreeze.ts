/**
 * Freezes a value and everything reachable from it (plain objects and arrays), so that shared data
 * (editions, rules) cannot be changed by a caller.
 *
 * @internal
 * @module
 */

import { freeze } from "./freeze.js";
import { isObject } from "./isObject.js";

/** @internal Freezes `value` and every object and array reachable from it; returns `value`. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (isObject(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    freeze(value);
  }
  return value;
}

/**
 * @internal Deep-freezes a value built at run time around shared data: an object already frozen is
 * left as it is (shared data is frozen all through), and each object is frozen before its children,
 * so a cycle ends. Returns `value`.
 */
export function deepFreezeFresh<T>(value: T): T {
  if (isObject(value) && !Object.isFrozen(value)) {
    freeze(value);
    for (const v of Object.values(value)) deepFreezeFresh(v);
  }
  return value;
}
