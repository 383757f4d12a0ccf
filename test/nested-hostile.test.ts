/**
 * Valid inputs with one value somewhere inside replaced by a junk or hostile one (an object whose
 * toString throws, a null-prototype object, a cycle, a symbol...). Whatever the function makes of
 * it, it answers or throws a KcnError: a bad value deep inside never surfaces as a TypeError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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

describe("a value with a hostile length where a string or an array belongs", () => {
  // zod 4.6 runs its length checks on any value with a `length` after the type check failed; the
  // library's schemas run them on strings and arrays only, so this is a type issue, not a TypeError
  const hostile = { length: [{ toString: null }] };
  it("is a type issue in every schema with a length limit, at its path", () => {
    const log = api.safeParseAuditLog({
      machine: "2021-urban-planning",
      applicationId: hostile,
      startedAt: hostile,
      entries: hostile,
    });
    expect(log.ok ? [] : log.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual([
      "INVALID_TYPE@applicationId",
      "INVALID_TYPE@startedAt",
      "INVALID_TYPE@entries",
    ]);
    const app = api.ApplicationSchema.safeParse({
      title: hostile,
      consortium: hostile,
      submittedAt: hostile,
    });
    expect(
      app.success
        ? []
        : app.error.issues.filter((i) => i.path.length === 1).map((i) => `${i.code}@${String(i.path[0])}`),
    ).toEqual(
      expect.arrayContaining(["invalid_type@title", "invalid_type@consortium", "invalid_type@submittedAt"]),
    );
    for (const f of [api.safeParseSnapshot, api.safeParseApplication, api.checkEligibility])
      expect(() => f({ applicationId: hostile, title: hostile, consortium: hostile } as never)).not.toThrow();
  });
});
