/**
 * Copies and freezes JSON data (payloads), refusing what JSON cannot hold.
 *
 * @internal
 * @module
 */

import { freeze } from "../core/freeze.js";
import { isRecord } from "../core/isObject.js";
import { INVALID_INPUT, need } from "../core/need.js";
import { describeReceived, KcnError } from "../errors.js";
import type { JsonValue } from "./types.js";

const MAX_DEPTH = 64;

function copy(value: unknown, trail: (string | number)[]): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
  } else if (trail.length < MAX_DEPTH && typeof value === "object") {
    if (Array.isArray(value)) return freeze(value.map((v, i) => inner(v, i, trail)));
    const proto = Object.getPrototypeOf(value);
    // a "__proto__" key would set the copy's prototype (and zod drops it): refused, like every
    // key an application may not have
    if ((proto === Object.prototype || proto === null) && !Object.hasOwn(value, "__proto__")) {
      const out: Record<string, JsonValue> = {};
      for (const k of Object.keys(value)) out[k] = inner((value as Record<string, unknown>)[k], k, trail);
      return freeze(out);
    }
  }
  // the path is written only for a refusal: a valid payload builds no strings
  const path = `payload${trail.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("")}`;
  throw new KcnError(
    INVALID_INPUT,
    `Expected JSON data (null, strings, finite numbers, booleans, arrays, plain objects with no "__proto__" key, at most ${MAX_DEPTH} deep) at ${path}, received ${describeReceived(value)}`,
    { path },
  );
}

/** Copies the value under key `k`, with `k` on the trail of keys while it is read. */
function inner(value: unknown, k: string | number, trail: (string | number)[]): JsonValue {
  trail.push(k);
  const copied = copy(value, trail);
  trail.pop();
  return copied;
}

/** A frozen deep copy of a JSON object (the payload of an event). */
export function copyPayload(value: unknown): { readonly [key: string]: JsonValue } {
  need(isRecord(value), INVALID_INPUT, "a JSON object at payload", value, { path: "payload" });
  return copy(value, []) as { readonly [key: string]: JsonValue };
}
