import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.js";
import { krw, money } from "./money.js";

const amounts = (xs: readonly { amount: bigint }[]) => xs.map((x) => x.amount);

describe("allocate", () => {
  it("splits payment tranches and consortium shares exactly", () => {
    expect(amounts(allocate(krw(600_000_000), [30, 40, 30]))).toEqual([
      180_000_000n,
      240_000_000n,
      180_000_000n,
    ]);
    expect(amounts(allocate(krw(100), ["33.3%", "33.3%", "33.3%"]))).toEqual([34n, 33n, 33n]);
    expect(amounts(allocate(krw(100), ["50%", "30%", "20%"]))).toEqual([50n, 30n, 20n]);
    expect(amounts(allocate(krw(10), [1, 1, 1]))).toEqual([4n, 3n, 3n]);
    expect(amounts(allocate(krw(5), [1, 1]))).toEqual([3n, 2n]);
    expect(amounts(allocate(krw(-5), [1, 1]))).toEqual([-3n, -2n]);
    expect(amounts(allocate(krw(7), [0, 1, 0]))).toEqual([0n, 7n, 0n]);
    expect(amounts(allocate(krw(100), ["0.3", 0.7]))).toEqual([30n, 70n]);
    expect(amounts(allocate(krw(100), [1n, 3n]))).toEqual([25n, 75n]);
    expect(amounts(allocate(krw(0), [1, 2]))).toEqual([0n, 0n]);
    expect(amounts(allocate(money("USD", "0.05"), [1, 1]))).toEqual([3n, 2n]);
  });
  it("gives leftover units by largest remainder, first listed on ties", () => {
    // 100 × 1/6 = 16.67, × 2/6 = 33.33, × 3/6 = 50 → floors 16, 33, 50, one won left, to the .67
    expect(amounts(allocate(krw(100), [1, 2, 3]))).toEqual([17n, 33n, 50n]);
    expect(amounts(allocate(krw(2), [1, 1, 1]))).toEqual([1n, 1n, 0n]);
  });
  it("returns frozen values in the amount's currency", () => {
    const out = allocate(krw(10), [1, 1]);
    expect(Object.isFrozen(out)).toBe(true);
    expect(out.every((m) => Object.isFrozen(m) && m.currency === "KRW")).toBe(true);
  });
  it("refuses empty, negative, all-zero, non-numeric and mixed ratios", () => {
    const bad: unknown[] = [
      [],
      [0, 0],
      [-1, 2],
      ["-5%", "10%"],
      ["x"],
      [Number.NaN],
      [Number.POSITIVE_INFINITY],
      [null],
      ["30", "30%"],
      ["30%", 30],
      [-1n],
      "30,40",
      undefined,
    ];
    for (const ratios of bad) {
      expect(() => allocate(krw(100), ratios as never), String(ratios)).toThrowError(
        expect.objectContaining({ code: "INVALID_RATIOS" }),
      );
    }
    expect(() => allocate(null as never, [1])).toThrowError(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
  });
  it("sums to the total and keeps every share within one unit of its exact proportion (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc
          .array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 })
          .filter((r) => r.some((x) => x > 0)),
        (a, ratios) => {
          const shares = amounts(allocate(krw(a), ratios));
          expect(shares.reduce((s, x) => s + x, 0n)).toBe(a);
          const total = BigInt(ratios.reduce((s, x) => s + x, 0));
          shares.forEach((s, i) => {
            const w = BigInt(ratios[i]!);
            const diff = s * total - a * w; // (share - exact) × total
            expect(diff < 0n ? -diff < total : diff < total).toBe(true);
            if (a >= 0n) expect(s >= 0n).toBe(true);
            else expect(s <= 0n).toBe(true);
            if (w === 0n) expect(s).toBe(0n);
          });
        },
      ),
    );
  });
  it("is deterministic and treats percentage strings like their decimals (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }),
        (a, r) => {
          const pct = r.map((x) => `${x / 10}%`);
          expect(amounts(allocate(krw(a), pct))).toEqual(amounts(allocate(krw(a), r)));
          expect(amounts(allocate(krw(a), r))).toEqual(amounts(allocate(krw(a), r)));
        },
      ),
    );
  });
});
