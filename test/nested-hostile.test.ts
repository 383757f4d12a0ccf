/**
 * Valid inputs with one value somewhere inside replaced by a junk or hostile one (an object whose
 * toString throws, a null-prototype object, a cycle, a symbol...). Whatever the function makes of
 * it, it answers or throws a KcnError: a bad value deep inside never surfaces as a TypeError.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import * as api from "../src/index.js";
import { CASES, type Json } from "./api-cases.js";
import { junk } from "./hostile.js";

/** Every path to a value inside `x` (objects and arrays, depth-first). */
function paths(x: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(x)) {
    for (const [i, v] of x.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (typeof x === "object" && x !== null) {
    for (const [k, v] of Object.entries(x)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** A deep copy of `x` with the value at `path` replaced. */
function replaced(x: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(x)) return x.map((v, i) => (i === head ? replaced(v, rest, value) : v));
  const o = x as Record<string, unknown>;
  return { ...o, [head]: replaced(o[head as string], rest, value) };
}

describe("a junk or hostile value deep inside a valid input", () => {
  for (const [name, valid, call] of CASES) {
    const places = paths(valid);
    it(`${name} answers or throws a KcnError (${places.length} places)`, () => {
      call(valid as never);
      fc.assert(
        fc.property(fc.constantFrom(...places), junk, (path, value) => {
          try {
            call(replaced(valid, path, value) as never);
          } catch (e) {
            if (!api.isKcnError(e))
              throw new Error(
                `${name} with ${api.describeReceived(value)} at ${path.join(".")} threw ${String(e)}`,
              );
          }
        }),
        { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200) },
      );
    });
  }
});
