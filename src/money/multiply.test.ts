import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krw, money } from "./money.js";
import { multiply } from "./multiply.js";
import { ROUNDING_MODES } from "./rounding.js";

describe("multiply", () => {
  it("multiplies by decimal factors exactly and rounds as asked", () => {
    expect(multiply(krw(400_000_000), "1.1", { rounding: "half-even" }).amount).toBe(440_000_000n);
    expect(multiply(krw(400_000_000), 0.3, { rounding: "half-even" }).amount).toBe(120_000_000n);
    expect(multiply(krw(400_000_000), 3n, { rounding: "half-even" }).amount).toBe(1_200_000_000n);
    expect(multiply(krw(1), "1e3", { rounding: "down" }).amount).toBe(1000n);
    const table: [string, bigint[]][] = [
      // 2.5, -2.5, 3.5, 2.4, 2.6 under each mode
      ["half-even", [2n, -2n, 4n, 2n, 3n]],
      ["half-up", [3n, -3n, 4n, 2n, 3n]],
      ["half-down", [2n, -2n, 3n, 2n, 3n]],
      ["up", [3n, -3n, 4n, 3n, 3n]],
      ["down", [2n, -2n, 3n, 2n, 2n]],
      ["ceil", [3n, -2n, 4n, 3n, 3n]],
      ["floor", [2n, -3n, 3n, 2n, 2n]],
    ];
    for (const [mode, want] of table) {
      const got = [
        [5n, "0.5"],
        [-5n, "0.5"],
        [7n, "0.5"],
        [24n, "0.1"],
        [26n, "0.1"],
      ].map(([a, f]) => multiply(krw(a as bigint), f as string, { rounding: mode as never }).amount);
      expect(got, mode).toEqual(want);
    }
  });
  it("takes decimal.js values as factors, exactly", () => {
    expect(multiply(krw(400_000_000), new Decimal("1.05"), { rounding: "half-even" }).amount).toBe(
      420_000_000n,
    );
    expect(multiply(krw(10n ** 20n), new Decimal("1e-7"), { rounding: "down" }).amount).toBe(10n ** 13n);
  });
  it("keeps the currency and scale", () => {
    const m = multiply(money("USD", "10.00"), "0.333", { rounding: "half-up" });
    expect(m).toEqual({ currency: "USD", amount: 333n, scale: 2 });
  });
  it("requires a rounding mode and a decimal factor", () => {
    expect(() => multiply(krw(1), "2", {} as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_ROUNDING" }),
    );
    expect(() => multiply(krw(1), "2", undefined as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_ROUNDING" }),
    );
    // an array is not a number, though its toString ("2") is decimal text
    for (const bad of ["abc", "", Number.NaN, Number.POSITIVE_INFINITY, null, "1,5", [2], ["2"]]) {
      expect(() => multiply(krw(1), bad as never, { rounding: "half-even" })).toThrowError(
        expect.objectContaining({ code: "INVALID_INPUT" }),
      );
    }
  });
  it("is within one won of the exact product, half a won for half-* modes (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...ROUNDING_MODES),
        (a, fn, fs, mode) => {
          const factor = `${fn < 0n ? "-" : ""}${(fn < 0n ? -fn : fn)
            .toString()
            .padStart(fs + 1, "0")
            .replace(new RegExp(`(\\d{${fs}})$`), fs ? ".$1" : "$1")}`;
          const got = multiply(krw(a), factor, { rounding: mode }).amount;
          const den = 10n ** BigInt(fs);
          const diff = got * den - a * fn; // (got - exact) * den
          const abs = diff < 0n ? -diff : diff;
          expect(abs < den || (abs === 0n && den === 1n)).toBe(true);
          if (mode.startsWith("half")) expect(abs * 2n <= den).toBe(true);
        },
      ),
    );
  });
});
