import { describe, expectTypeOf, it } from "vitest";
import {
  add,
  allocate,
  compare,
  convert,
  type Krw,
  krw,
  type Money,
  max,
  min,
  money,
  multiply,
  parseKrw,
  type SameCurrency,
  safeParseKrw,
  subtract,
  sum,
} from "../src/money/index.js";

describe("money types", () => {
  const won = krw(1);
  const usd = money("USD", "1.00");
  it("keeps the currency in the type", () => {
    expectTypeOf(won).toEqualTypeOf<Krw>();
    expectTypeOf<Krw>().toEqualTypeOf<Money<"KRW">>();
    expectTypeOf<Krw>().not.toBeAny();
    expectTypeOf(usd).toEqualTypeOf<Money<"USD">>();
    expectTypeOf<Money<"USD">>().not.toBeAny();
    expectTypeOf<Money<"USD">["currency"]>().toEqualTypeOf<"USD">();
    // SameCurrency<C> is C (it only keeps C from being inferred), also for a union of currencies
    expectTypeOf<SameCurrency<"USD">>().toEqualTypeOf<"USD">();
    expectTypeOf<SameCurrency<"USD" | "KRW">>().toEqualTypeOf<"USD" | "KRW">();
    expectTypeOf<Money<SameCurrency<string>>>().toEqualTypeOf<Money>();
    expectTypeOf(add(won, won)).toEqualTypeOf<Krw>();
    expectTypeOf(add(usd, usd)).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(allocate(won, [1, 2])).toEqualTypeOf<readonly Krw[]>();
    expectTypeOf(multiply(usd, "1.1", { rounding: "half-even" })).toEqualTypeOf<Money<"USD">>();
    expectTypeOf(
      convert(won, { currency: "JPY", rate: "0.1", valueDate: "2024-01-01" }, { rounding: "down" }).money,
    ).toEqualTypeOf<Money<"JPY">>();
    // the source keeps its currency too: a conversion of won says it came from won
    expectTypeOf(
      convert(won, { currency: "JPY", rate: "0.1", valueDate: "2024-01-01" }, { rounding: "down" }).from,
    ).toEqualTypeOf<Krw>();
    expectTypeOf(parseKrw("4억")).toEqualTypeOf<Krw>();
    const r = safeParseKrw("4억");
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Krw>();
  });
  it("refuses to mix a Krw with another currency at compile time", () => {
    // Never called: the type checker is the test (at run time these throw CURRENCY_MISMATCH).
    const compileOnly = () => {
      // @ts-expect-error KRW + USD
      add(won, usd);
      const c = convert(
        won,
        { currency: "USD", rate: "0.00072", valueDate: "2024-01-02" },
        { rounding: "down" },
      );
      // @ts-expect-error the won converted + the dollars it gave
      add(c.from, c.money);
      // @ts-expect-error USD + KRW
      add(usd, won);
      // @ts-expect-error KRW - USD
      subtract(won, usd);
      // @ts-expect-error compare KRW and USD
      compare(won, usd);
      // @ts-expect-error min of mixed currencies
      min(won, usd);
      // @ts-expect-error max of mixed currencies
      max(usd, won);
      // @ts-expect-error a sum of dollars without a dollar zero
      sum([usd]);
      // @ts-expect-error a dollar amount with a won zero
      sum([usd], won);
      // @ts-expect-error multiply needs a rounding mode
      multiply(won, "1.1");
      // @ts-expect-error unknown currency code
      money("XYZ", 1);
      // @ts-expect-error unknown rounding mode
      multiply(won, "1.1", { rounding: "nearest" });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});
