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
  return typeof f !== "string" || f.length === 0 || f.length > 100 || typeof readKrwText(f) === "bigint";
};

describe("applicationJsonSchema", () => {
  it("is the shipped application.schema.json (regenerate with npx tsx scripts/generate-application-schema.ts)", () => {
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

  it("documents the one difference: a funding text that does not read as won passes JSON Schema", () => {
    const x = { ...demo2024(), requestedFunding: "about 4억" };
    expect(validate(x)).toBe(true);
    expect(ApplicationSchema.safeParse(x).success).toBe(false);
  });
});
