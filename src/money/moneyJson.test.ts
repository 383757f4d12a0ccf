import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { allocate } from "./allocate.js";
import { krw, money } from "./money.js";
import {
  fromKrwJson,
  fromMoneyJson,
  KrwJsonSchema,
  krwJsonSchema,
  MoneyJsonSchema,
  moneyJsonReplacer,
  moneyJsonSchema,
  toMoneyJson,
} from "./moneyJson.js";

describe("money JSON", () => {
  it("writes and reads the JSON form", () => {
    expect(toMoneyJson(krw(400_000_000))).toEqual({ amount: "400000000", currency: "KRW" });
    expect(toMoneyJson(money("USD", "12.50"))).toEqual({ amount: "12.5", currency: "USD" });
    expect(toMoneyJson(money("USD", "-0.05"))).toEqual({ amount: "-0.05", currency: "USD" });
    expect(fromMoneyJson({ amount: "400000000", currency: "KRW" })).toEqual(krw(400_000_000));
    expect(fromKrwJson({ amount: "400000000", currency: "KRW" })).toEqual(krw(400_000_000));
    expect(fromMoneyJson(JSON.parse(JSON.stringify(toMoneyJson(money("KWD", "1.234")))))).toEqual(
      money("KWD", "1.234"),
    );
    expect(KrwJsonSchema.safeParse({ amount: "1", currency: "KRW" }).success).toBe(true);
    expect(MoneyJsonSchema.safeParse({ amount: "1.5", currency: "USD" }).success).toBe(true);
  });
  it("refuses bad JSON with bilingual issues and paths", () => {
    const bad: unknown[] = [
      { amount: 400000000, currency: "KRW" },
      { amount: "4억", currency: "KRW" },
      { amount: "1.5", currency: "KRW" },
      { amount: "1", currency: "XYZ" },
      { amount: "1", currency: "KRW", extra: 1 },
      { amount: "01", currency: "KRW" },
      null,
      "400000000",
    ];
    for (const b of bad) {
      expect(() => fromMoneyJson(b), JSON.stringify(b)).toThrowError(
        expect.objectContaining({ code: "INVALID_INPUT" }),
      );
      expect(() => fromKrwJson(b), JSON.stringify(b)).toThrowError(
        expect.objectContaining({ code: "INVALID_INPUT" }),
      );
    }
    try {
      fromMoneyJson({ amount: "1.234", currency: "USD" });
    } catch (e) {
      const issue = (
        e as { details: { issues: { code: string; path: unknown[]; message: { ko: string } }[] } }
      ).details.issues[0]!;
      expect(issue.code).toBe("TOO_MANY_DECIMALS");
      expect(issue.path).toEqual(["amount"]);
      expect(issue.message.ko).toContain("소수점");
    }
    expect(() => fromKrwJson({ amount: "1", currency: "USD" })).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
    expect(() => toMoneyJson({} as never)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });
  it("publishes JSON Schemas that agree with the zod schemas", () => {
    const ajv = new Ajv2020({ strict: false });
    const money = ajv.compile(moneyJsonSchema());
    const won = ajv.compile(krwJsonSchema());
    expect(moneyJsonSchema().required).toEqual(["amount", "currency"]);
    expect(money({ amount: "400000000", currency: "KRW" })).toBe(true);
    expect(money({ amount: 1, currency: "KRW" })).toBe(false);
    expect(money({ amount: "1", currency: "XYZ" })).toBe(false);
    expect(won({ amount: "400000000", currency: "KRW" })).toBe(true);
    expect(won({ amount: "1.5", currency: "KRW" })).toBe(false);
    expect(won({ amount: "1", currency: "USD" })).toBe(false);
  });
  it("round-trips every amount (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        expect(fromKrwJson(toMoneyJson(krw(n)))).toEqual(krw(n));
        expect(fromMoneyJson(toMoneyJson(money("USD", `${n}`)))).toEqual(money("USD", `${n}`));
      }),
    );
  });
});

describe("moneyJsonReplacer", () => {
  it("lets JSON.stringify write results that hold amounts, in the money JSON form", () => {
    const shares = allocate(krw(100), [1, 1]);
    expect(() => JSON.stringify(shares)).toThrow(TypeError);
    expect(JSON.stringify(shares, moneyJsonReplacer)).toBe(
      '[{"amount":"50","currency":"KRW"},{"amount":"50","currency":"KRW"}]',
    );
    expect(JSON.stringify({ total: money("USD", "12.5"), n: 5n, s: "x" }, moneyJsonReplacer)).toBe(
      '{"total":{"amount":"12.5","currency":"USD"},"n":"5","s":"x"}',
    );
  });

  it("refuses an object with a bigint amount that is not money, with a KcnError", () => {
    let error: unknown;
    try {
      JSON.stringify({ amount: 5n }, moneyJsonReplacer);
    } catch (e) {
      error = e;
    }
    expect(isKcnError(error) && error.code).toBe("INVALID_AMOUNT");
  });

  it("round-trips any amount in any currency through JSON text (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("KRW", "USD", "JPY", "KWD", "EUR"),
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        (currency, n) => {
          const m = money(currency as "USD", n.toString());
          const text = JSON.stringify({ m, list: [m] }, moneyJsonReplacer);
          const back = JSON.parse(text) as { m: unknown; list: unknown[] };
          expect(fromMoneyJson(back.m)).toEqual(m);
          expect(fromMoneyJson(back.list[0])).toEqual(m);
        },
      ),
    );
  });
});
