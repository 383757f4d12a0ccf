/**
 * Invariants of every function in test/api-cases.ts on its valid input: the input is never changed,
 * the answer is the same on every call, and every message in it is written in English and Korean.
 */
import { describe, expect, it } from "vitest";
import { CASES, type Json } from "./api-cases.js";

/** A deep copy that keeps bigints, dates and frozen money values comparable with toEqual. */
function snapshot(x: Json): Json {
  if (Array.isArray(x)) return x.map(snapshot);
  if (x instanceof Date) return new Date(x.getTime());
  if (typeof x === "object" && x !== null)
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, snapshot(v)]));
  return x;
}

/** Every `{ en, ko }` message object reachable from `x`. */
function messages(x: unknown, out: { en: unknown; ko: unknown }[] = [], seen = new Set<object>()) {
  if (typeof x !== "object" || x === null || seen.has(x)) return out;
  seen.add(x);
  const o = x as Record<string, unknown>;
  if ("message" in o && typeof o["message"] === "object" && o["message"] !== null)
    out.push(o["message"] as { en: unknown; ko: unknown });
  for (const v of Object.values(o)) messages(v, out, seen);
  return out;
}

describe("every function on a valid input", () => {
  for (const [name, valid, call] of CASES) {
    it(`${name}: leaves its input unchanged and answers the same twice`, () => {
      const before = snapshot(valid);
      const first = call(valid as never);
      expect(snapshot(valid)).toEqual(before);
      expect(call(valid as never)).toEqual(first);
    });
  }

  it("writes every message of every answer in English and Korean, refusals included", () => {
    const answers = CASES.flatMap(([, valid, call]) => {
      // the valid input, and the input with each top-level value set to null (mostly refusals)
      const inputs: Json[] = [valid];
      if (Array.isArray(valid))
        inputs.push(...valid.map((_, i) => valid.map((v, j) => (i === j ? null : v))));
      else if (typeof valid === "object" && valid !== null)
        inputs.push(...Object.keys(valid).map((k) => ({ ...valid, [k]: null })));
      return inputs.flatMap((x) => {
        try {
          return [call(x as never)];
        } catch {
          return []; // a KcnError: its title is bilingual (checked with the error codes)
        }
      });
    });
    const found = answers.flatMap((a) => messages(a));
    expect(found.length).toBeGreaterThan(50);
    for (const m of found) {
      expect(typeof m.en === "string" && m.en.length > 0).toBe(true);
      expect(m.ko).toMatch(/[가-힣]/);
    }
  });
});
