import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  demo2021,
  demo2024,
  mutatedApplication,
  planning2024,
  validApplication,
} from "../../test/eligibility.fixtures.js";
import { charCount } from "../core/patterns.js";
import { applicationJsonSchema } from "./applicationJsonSchema.js";
import { ApplicationSchema } from "./applicationSchema.js";
import { readKrwText } from "./deps.js";
import { safeParseApplication } from "./safeParseApplication.js";

const shipped = JSON.parse(readFileSync(new URL("./application.schema.json", import.meta.url), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(applicationJsonSchema());

/** The one check JSON Schema cannot express: a funding text must read as won (parseKrw). */
const expressible = (x: unknown) => {
  const f = (x as { requestedFunding?: unknown } | null)?.requestedFunding;
  return typeof f !== "string" || f.length === 0 || charCount(f) > 100 || typeof readKrwText(f) === "bigint";
};

describe("applicationJsonSchema", () => {
  it("is the shipped application.schema.json (regenerate with npm run schema:update)", () => {
    expect(shipped).toEqual(applicationJsonSchema());
  });

  it("compiles under ajv's strict draft 2020-12 mode", () => {
    expect(typeof validate).toBe("function");
    expect(shipped.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the sample applications and refuses broken ones, like zod", () => {
    for (const a of [demo2021(), demo2024(), planning2024()]) expect(validate(a)).toBe(true);
    const refusals: unknown[] = [
      {},
      { ...demo2024(), colour: "blue" },
      { ...demo2024(), consortium: [] },
      { ...demo2024(), consortium: demo2024().consortium.map((m) => ({ ...m, role: "partner" })) },
      { ...demo2024(), consortium: demo2024().consortium.map((m) => ({ ...m, role: "lead" })) },
      { ...demo2024(), site: { country: "UK", city: "Birmingham" } },
      { ...demo2024(), submittedAt: "2023-02-29T10:00:00+09:00" },
      { ...demo2024(), requestedFunding: { amount: "-1", currency: "KRW" } },
      { ...demo2024(), year: 2024.5 },
      { ...demo2024(), title: "   " },
      { ...demo2024(), site: { country: "IT", city: "\u3000" } },
    ];
    for (const r of refusals) {
      expect(validate(r)).toBe(false);
      expect(ApplicationSchema.safeParse(r).success).toBe(false);
    }
  });

  it("gives the same verdict as zod and safeParseApplication on generated and mutated applications", () => {
    fc.assert(
      fc.property(fc.oneof(validApplication, mutatedApplication), (x) => {
        fc.pre(expressible(x));
        const z = ApplicationSchema.safeParse(x).success;
        expect(validate(x)).toBe(z);
        expect(safeParseApplication(x).ok).toBe(z);
      }),
      { numRuns: 3000 },
    );
  });

  it("counts characters (code points) as zod and JSON Schema do: an emoji is one", () => {
    // 300 emoji are 600 UTF-16 code units: within titleMax (300) for all three, and 301 beyond it
    for (const [title, ok] of [
      ["😀".repeat(151), true],
      ["😀".repeat(300), true],
      ["😀".repeat(301), false],
      ["a".repeat(301), false],
    ] as const) {
      const x = { ...demo2024(), title };
      expect([validate(x), ApplicationSchema.safeParse(x).success, safeParseApplication(x).ok]).toEqual([
        ok,
        ok,
        ok,
      ]);
    }
    const r = safeParseApplication({ ...demo2024(), title: "😀".repeat(301) });
    expect(!r.ok && r.issues[0]?.message).toEqual({
      en: "Expected at most 300 characters, received 301 at title",
      ko: "title: 300자 이하 필요 (받은 길이 301)",
    });
    // a funding text is counted the same way: 101 characters are over fundingTextMax (100)
    const funding = (n: number) => ({
      ...demo2024(),
      requestedFunding: `4억 원${" ".repeat(40)}${"😀".repeat(n)}`,
    });
    const code = (x: unknown) => {
      const r = safeParseApplication(x);
      return r.ok ? "ok" : r.issues[0]?.code;
    };
    expect([validate(funding(57)), code(funding(57))]).toEqual([false, "TOO_BIG"]);
    // 100 characters (155 code units) are within it: the text is then read, and is not won
    expect([validate(funding(56)), code(funding(56))]).toEqual([true, "INVALID_AMOUNT"]);
  });

  it("documents the one difference: a funding text that does not read as won passes JSON Schema", () => {
    const x = { ...demo2024(), requestedFunding: "about 4억" };
    expect(validate(x)).toBe(true);
    expect(ApplicationSchema.safeParse(x).success).toBe(false);
  });
});
