/**
 * Fuzzing: 100k arbitrary JSON values and mutated valid applications through safeParseApplication
 * and checkEligibility. Nothing throws, every refusal has a code, a path and messages, nothing is
 * polluted.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkEligibility, safeParseApplication } from "../src/eligibility/index.js";
import { isKcnError } from "../src/errors.js";
import { mutatedApplication, validApplication } from "./eligibility.fixtures.js";

function assert(cond: boolean, what: string, x: unknown): void {
  if (!cond) throw new Error(`${what}: ${JSON.stringify(x)?.slice(0, 300)}`);
}

const CODE = /^[A-Z][A-Z_]+$/;
const SEVERITIES = new Set(["error", "warning", "info"]);

function checkOne(x: unknown): void {
  let parsed: ReturnType<typeof safeParseApplication>;
  let checked: ReturnType<typeof checkEligibility>;
  try {
    parsed = safeParseApplication(x);
    checked = checkEligibility(x);
  } catch (e) {
    // Only a documented KcnError may escape, and these functions document none for input.
    throw new Error(`threw ${isKcnError(e) ? e.code : String(e)} on ${JSON.stringify(x)?.slice(0, 300)}`);
  }
  assert(checked.valid === parsed.ok, "checkEligibility and safeParseApplication disagree", x);
  if (!parsed.ok) {
    assert(parsed.issues.length > 0, "refusal without issues", x);
    for (const i of parsed.issues) {
      assert(CODE.test(i.code), "issue without a code", x);
      assert(Array.isArray(i.path), "issue without a path", x);
      assert(i.message.en.length > 0 && i.message.ko.length > 0, "issue without messages", x);
    }
    assert(!checked.eligible, "invalid input reported eligible", x);
  } else {
    assert(Object.isFrozen(parsed.value), "value not frozen", x);
    for (const key of Object.keys(parsed.value))
      assert(
        key !== "__proto__" && key !== "constructor" && key !== "prototype",
        "dangerous key reached the value",
        x,
      );
  }
  for (const i of checked.issues) {
    assert(SEVERITIES.has(i.severity), "bad severity", x);
    assert(Array.isArray(i.path) && typeof i.rule.id === "string", "issue without path or rule", x);
  }
  if (checked.eligible)
    assert(
      checked.issues.every((i) => i.severity !== "error"),
      "eligible with an error",
      x,
    );
}

describe("eligibility fuzzing (100k inputs)", () => {
  afterAll(() => {
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  });

  it("60k arbitrary JSON values (and __proto__-laden objects)", () => {
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc
        .json({ maxDepth: 3 })
        .map((t) =>
          JSON.parse(
            t
              .replace(/^\{/, '{"__proto__":{"polluted":true},')
              .replace(/^\{"__proto__":\{"polluted":true\},\}/, "{}"),
          ),
        ),
      fc.dictionary(
        fc.constantFrom("__proto__", "constructor", "prototype", "year", "site", "consortium"),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );
    fc.assert(fc.property(json, checkOne), { numRuns: 60_000 });
  }, 60_000);

  it("40k mutated valid applications", () => {
    fc.assert(fc.property(fc.oneof(mutatedApplication, validApplication), checkOne), { numRuns: 40_000 });
  }, 60_000);
});
