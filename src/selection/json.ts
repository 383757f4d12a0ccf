/**
 * Copies and freezes JSON data (payloads), refusing what JSON cannot hold.
 *
 * @internal
 * @module
 */

import { freeze } from "../core/freeze.js";
import { need } from "../core/need.js";
import { describeReceived, KcnError } from "../errors.js";
import type { JsonValue } from "./types.js";

const MAX_DEPTH = 64;

function copy(value: unknown, path: string, depth: number): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
  } else if (depth < MAX_DEPTH && typeof value === "object") {
    if (Array.isArray(value)) return freeze(value.map((v, i) => copy(v, `${path}[${i}]`, depth + 1)));
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, JsonValue> = {};
      for (const [k, v] of Object.entries(value)) out[k] = copy(v, `${path}.${k}`, depth + 1);
      return freeze(out);
    }
  }
  throw new KcnError(
    "INVALID_INPUT",
    `Expected JSON data (null, strings, finite numbers, booleans, arrays, plain objects, at most ${MAX_DEPTH} deep) at ${path}, received ${describeReceived(value)}`,
    { path },
  );
}

/** A frozen deep copy of a JSON object (the payload of an event). */
export function copyPayload(value: unknown, path = "payload"): { readonly [key: string]: JsonValue } {
  need(
    !(typeof value !== "object" || value === null || Array.isArray(value)),
    "INVALID_INPUT",
    `a JSON object at ${path}`,
    value,
    { path },
  );
  return copy(value, path, 0) as { readonly [key: string]: JsonValue };
}
