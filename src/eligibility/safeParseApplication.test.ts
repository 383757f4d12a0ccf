import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  demo2021,
  demo2024,
  mutatedApplication,
  planning2024,
  validApplication,
} from "../../test/eligibility.fixtures.js";
import { krw } from "../money/index.js";
import { APPLICATION_LIMITS } from "./application.js";
import { ApplicationSchema } from "./applicationSchema.js";
import { ORGANISATION_TYPE_IDS } from "./organisationTypes.js";
import { parseApplication } from "./parseApplication.js";
import { safeParseApplication } from "./safeParseApplication.js";

const codesAt = (input: unknown) => {
  const r = safeParseApplication(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
};

describe("safeParseApplication", () => {
  it("parses the JSON form into a frozen typed application", () => {
    const r = safeParseApplication(demo2024());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.requestedFunding.amount).toBe(300_000_000n);
    expect(r.value.consortium[1]?.receivesFunds).toBe(false);
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.consortium[0])).toBe(true);
    expect(Object.isFrozen(r.value.site)).toBe(true);
  });

  it("reads requested funding written as text with parseKrw", () => {
    const r = safeParseApplication(planning2024());
    expect(r.ok && r.value.requestedFunding.amount).toBe(500_000_000n);
    const r2 = safeParseApplication({ ...planning2024(), requestedFunding: "4억 5,000만 원" });
    expect(r2.ok && r2.value.requestedFunding.amount).toBe(450_000_000n);
    const r3 = safeParseApplication({ ...planning2024(), requestedFunding: "400M" });
    expect(r3.ok && r3.value.requestedFunding.amount).toBe(400_000_000n);
  });

  it("says type names and received values in Korean in the Korean messages", () => {
    const r = safeParseApplication({ ...planning2024(), title: 5, site: [1, 2, 3], consortium: { a: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message.ko)).toEqual([
      "title: 문자열 필요, 받은 값 5",
      "site: 객체 필요, 받은 값 항목 3개의 배열",
      "consortium: 배열 필요, 받은 값 객체",
    ]);
    const missing = safeParseApplication({ ...planning2024(), year: undefined });
    expect(missing.ok ? [] : missing.issues.map((i) => i.message.ko)).toEqual([
      "year: 필수 항목이 없습니다 (숫자 필요)",
    ]);
    // every Korean message of the generated mistakes is free of the English type words
    fc.assert(
      fc.property(mutatedApplication, (x) => {
        const m = safeParseApplication(x);
        if (!m.ok)
          for (const i of m.issues)
            expect(i.message.ko).not.toMatch(/\b(string|number|boolean|an object|an array)\b/);
      }),
      { numRuns: 500 },
    );
  });

  it("parses a parsed application again to an equal value (its Krw funding is accepted)", () => {
    fc.assert(
      fc.property(validApplication, (x) => {
        const once = safeParseApplication(x);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        const twice = safeParseApplication(once.value);
        expect(twice).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a funding text over 15 digits of won, so that every accepted application reads back", () => {
    const big = safeParseApplication({ ...planning2024(), requestedFunding: "10000조 원" });
    expect(big.ok ? [] : big.issues.map((i) => [i.code, i.path.join("."), i.message.en])).toEqual([
      [
        "INVALID_AMOUNT",
        "requestedFunding",
        "Expected won as 1 to 15 digits, received 10000000000000000 at requestedFunding",
      ],
    ]);
    expect(ApplicationSchema.safeParse({ ...planning2024(), requestedFunding: "10000조 원" }).success).toBe(
      false,
    );
    const max = parseApplication({ ...planning2024(), requestedFunding: "999조 9999억 9999만 9999원" });
    expect(max.requestedFunding.amount).toBe(999_999_999_999_999n);
    expect(safeParseApplication(max).ok).toBe(true);
  });

  it("refuses a Krw funding outside the JSON form's limits at requestedFunding.amount", () => {
    for (const amount of [-1n, 10n ** 15n]) {
      const r = safeParseApplication({ ...planning2024(), requestedFunding: krw(amount) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual([
        "INVALID_FORMAT@requestedFunding.amount",
      ]);
      expect(r.issues[0]?.message.en).toContain("won as 1 to 15 digits");
    }
    const max = safeParseApplication({ ...planning2024(), requestedFunding: krw(10n ** 15n - 1n) });
    expect(max.ok && max.value.requestedFunding.amount).toBe(10n ** 15n - 1n);
  });

  it("refuses a funding text that is not an amount, with the path and a bilingual message", () => {
    const r = safeParseApplication({ ...planning2024(), requestedFunding: "about 4억" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe("INVALID_AMOUNT");
    expect(r.issues[0]?.path).toEqual(["requestedFunding"]);
    expect(r.issues[0]?.message.ko).toMatch(/원화 금액/);
  });

  it("refuses unknown keys at every level, __proto__ and constructor included", () => {
    expect(codesAt({ ...demo2024(), colour: "blue" })).toEqual(["UNKNOWN_KEY@colour"]);
    const withProto = JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(demo2024()).slice(1)}`);
    expect(codesAt(withProto)).toEqual(["UNKNOWN_KEY@__proto__"]);
    const a = demo2024();
    (a.site as Record<string, unknown>)["constructor"] = "x";
    expect(codesAt(a)).toEqual(["UNKNOWN_KEY@site.constructor"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("enforces the documented limits", () => {
    expect(codesAt({ ...demo2024(), title: "x".repeat(APPLICATION_LIMITS.titleMax + 1) })).toEqual([
      "TOO_BIG@title",
    ]);
    expect(codesAt({ ...demo2024(), title: "" })).toEqual(["TOO_SMALL@title"]);
    // spaces alone are no title, name or city (a form sends them); spaces around a word are kept
    const blank = demo2024();
    const blanks = {
      ...blank,
      title: "   ",
      site: { ...blank.site, city: "\u3000" },
      consortium: blank.consortium.map((m, i) => (i ? m : { ...m, name: "\t " })),
    };
    expect(codesAt(blanks)).toEqual([
      "INVALID_FORMAT@title",
      "INVALID_FORMAT@site.city",
      "INVALID_FORMAT@consortium.0.name",
    ]);
    const r = safeParseApplication({ ...blank, title: " " });
    expect(!r.ok && r.issues[0].message).toEqual({
      en: 'Expected a text with a visible character, received " " at title',
      ko: 'title: 보이는 글자가 있는 텍스트 필요, 받은 값 " "',
    });
    expect(safeParseApplication({ ...blank, title: "  Plan  " }).ok && "kept").toBe("kept");
    // invisible characters alone are no text either: a zero-width space, a byte order mark, a
    // control character, a soft hyphen, a right-to-left mark, with or without spaces around them
    const invisible = {
      ...blank,
      title: "\u200B",
      site: { ...blank.site, city: " \uFEFF " },
      consortium: blank.consortium.map((m, i) => (i ? m : { ...m, name: "\u0007\u00AD\u200F" })),
    };
    expect(codesAt(invisible)).toEqual([
      "INVALID_FORMAT@title",
      "INVALID_FORMAT@site.city",
      "INVALID_FORMAT@consortium.0.name",
    ]);
    // beside a visible character they are kept as given
    expect(safeParseApplication({ ...blank, title: "Plan\u200B" }).ok && "kept").toBe("kept");
    expect(safeParseApplication({ ...blank, title: "\u200B스마트\u200B" }).ok && "kept").toBe("kept");
    const many = Array.from({ length: 51 }, (_, i) => ({
      name: `m${i}`,
      type: "other",
      country: "KR",
      role: i ? "member" : "lead",
    }));
    expect(codesAt({ ...demo2024(), consortium: many })).toEqual(["TOO_BIG@consortium"]);
    expect(codesAt({ ...demo2024(), consortium: [] })).toEqual(["TOO_SMALL@consortium"]);
    expect(codesAt({ ...demo2024(), requestedFunding: { amount: "1".repeat(16), currency: "KRW" } })).toEqual(
      ["INVALID_FORMAT@requestedFunding.amount"],
    );
  });

  it("names the field of the money JSON form that is wrong, and the form itself for anything else", () => {
    const funding = (f: unknown) => safeParseApplication({ ...demo2024(), requestedFunding: f });
    const at = (f: unknown) => {
      const r = funding(f);
      return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
    };
    // an amount written as a JSON number is the usual mistake: the issue says so, at the amount
    const r = funding({ amount: 400_000_000, currency: "KRW" });
    expect(r.ok ? undefined : r.issues[0].message.en).toBe(
      "Expected string, received number at requestedFunding.amount",
    );
    expect(at({ amount: "4억", currency: "KRW" })).toEqual(["INVALID_FORMAT@requestedFunding.amount"]);
    expect(at({ amount: "400000000", currency: "USD" })).toEqual(["INVALID_VALUE@requestedFunding.currency"]);
    expect(at({ amount: "400000000", currency: "KRW", scale: 0 })).toEqual([
      "UNKNOWN_KEY@requestedFunding.scale",
    ]);
    expect(at({})).toEqual([
      "INVALID_TYPE@requestedFunding.amount",
      "INVALID_VALUE@requestedFunding.currency",
    ]);
    for (const f of [[], 400_000_000, null, true])
      expect(at(f), JSON.stringify(f)).toEqual(["INVALID_UNION@requestedFunding"]);
    expect(at({ amount: "400000000", currency: "KRW" })).toEqual([]);
  });

  it("needs exactly one lead", () => {
    const a = demo2024();
    a.consortium[0] = { ...a.consortium[0], role: "partner" } as (typeof a.consortium)[0];
    expect(codesAt(a)).toEqual(["LEAD_COUNT@consortium"]);
    const b = demo2024();
    b.consortium[1] = { ...b.consortium[1], role: "lead" } as (typeof b.consortium)[1];
    expect(codesAt(b)).toEqual(["LEAD_COUNT@consortium"]);
  });

  it("checks calendar days and date-times with an offset", () => {
    expect(codesAt({ ...demo2024(), submittedAt: "2024-02-29T10:00:00+09:00" })).toEqual([]);
    expect(codesAt({ ...demo2024(), submittedAt: "2023-02-29T10:00:00+09:00" })).toEqual([
      "INVALID_FORMAT@submittedAt",
    ]);
    expect(codesAt({ ...demo2024(), submittedAt: "2024-03-10T10:00:00" })).toEqual([
      "INVALID_FORMAT@submittedAt",
    ]);
    expect(codesAt({ ...demo2021(), priorConsultation: { with: "x", on: "2021-02-30" } })).toEqual([
      "INVALID_FORMAT@priorConsultation.on",
    ]);
  });

  it("lists every issue of a broken input with its path", () => {
    expect(codesAt({ year: "2024", consortium: [{ role: "boss" }] })).toEqual([
      "INVALID_TYPE@year",
      "INVALID_TYPE@subProgramId",
      "INVALID_TYPE@title",
      "INVALID_TYPE@site",
      "INVALID_TYPE@consortium.0.name",
      "INVALID_VALUE@consortium.0.type",
      "INVALID_COUNTRY_CODE@consortium.0.country",
      "INVALID_VALUE@consortium.0.role",
      "INVALID_UNION@requestedFunding",
    ]);
    expect(codesAt(null)).toEqual(["INVALID_TYPE@"]);
    expect(codesAt([])).toEqual(["INVALID_TYPE@"]);
  });

  it("names the organisation types a consortium member may have when its type is wrong", () => {
    const r = safeParseApplication({
      ...demo2024(),
      consortium: [{ ...demo2024().consortium[0], type: "city-hall" }],
    });
    const issue = r.ok ? undefined : r.issues.find((i) => i.code === "INVALID_VALUE");
    expect(issue?.expected).toBe(`one of ${ORGANISATION_TYPE_IDS.join(", ")}`);
    expect(issue?.message.en).toContain(
      "Expected one of foreign-central-government, foreign-local-government,",
    );
    expect(issue?.message.ko).toContain("research-institute, ngo, other 중 하나 필요");
  });

  it("never throws, even on a hostile object", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const r = safeParseApplication(hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("INVALID_INPUT");
  });

  it("gives the same verdict as the zod schema (valid, mutated and arbitrary inputs)", () => {
    const input = fc.oneof(validApplication, mutatedApplication, fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(input, (x) => {
        const mine = safeParseApplication(x);
        const theirs = ApplicationSchema.safeParse(x);
        expect(mine.ok).toBe(theirs.success);
        if (mine.ok && theirs.success) {
          expect(mine.value).toEqual(theirs.data);
        }
        if (!mine.ok) for (const i of mine.issues) expect(i.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 3000 },
    );
  });
});
