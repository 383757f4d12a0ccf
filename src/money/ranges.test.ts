import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clampToRange } from "./clampToRange.js";
import { formatRange } from "./formatRange.js";
import { fundingRange, isWithinRange } from "./fundingRange.js";
import { krw, money } from "./money.js";
import { portfolioEnvelope } from "./portfolioEnvelope.js";

const order = (a: bigint, b: bigint): [bigint, bigint] => (a <= b ? [a, b] : [b, a]);

describe("funding ranges", () => {
  const r = fundingRange(400_000_000, 600_000_000);
  it("are closed intervals", () => {
    expect(isWithinRange(r, krw(400_000_000))).toBe(true);
    expect(isWithinRange(r, krw(600_000_000))).toBe(true);
    expect(isWithinRange(r, krw(399_999_999))).toBe(false);
    expect(isWithinRange(r, krw(600_000_001))).toBe(false);
  });
  it("refuse negative or reversed bounds, in a range made by hand too", () => {
    for (const hand of [
      { min: krw(-5), max: krw(5) },
      { min: krw(6), max: krw(5) },
    ]) {
      expect(() => isWithinRange(hand, krw(1))).toThrowError(
        expect.objectContaining({ code: "INVALID_RANGE" }),
      );
      expect(() => formatRange(hand)).toThrowError(expect.objectContaining({ code: "INVALID_RANGE" }));
      expect(() => clampToRange(hand, krw(1))).toThrowError(
        expect.objectContaining({ code: "INVALID_RANGE" }),
      );
    }
    expect(() => fundingRange(-1, 5)).toThrowError(expect.objectContaining({ code: "INVALID_RANGE" }));
    expect(() => fundingRange(6, 5)).toThrowError(expect.objectContaining({ code: "INVALID_RANGE" }));
    expect(() => fundingRange(1.5, 5)).toThrowError(expect.objectContaining({ code: "INVALID_AMOUNT" }));
  });
  it("clampToRange brings an amount inside", () => {
    expect(clampToRange(r, krw(700_000_000))).toBe(r.max);
    expect(clampToRange(r, krw(1))).toBe(r.min);
    expect(clampToRange(r, krw(450_000_000)).amount).toBe(450_000_000n);
    expect(() => clampToRange(r, money("USD", 1) as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
    expect(() => clampToRange(null as never, krw(1))).toThrowError(
      expect.objectContaining({ code: "INVALID_RANGE" }),
    );
  });
  it("portfolioEnvelope: 2021 is 3.6 to 5.4 billion won", () => {
    const big = fundingRange(400_000_000, 600_000_000);
    const small = fundingRange(200_000_000, 300_000_000);
    const e = portfolioEnvelope([
      { count: 4, range: big },
      { count: 4, range: small },
      { count: 3, range: big },
    ]);
    expect([e.min.amount, e.max.amount]).toEqual([3_600_000_000n, 5_400_000_000n]);
    expect(portfolioEnvelope([]).max.amount).toBe(0n);
    expect(portfolioEnvelope([{ count: 2n, range: big }]).min.amount).toBe(800_000_000n);
    for (const bad of [
      [{ count: -1, range: big }],
      [{ count: 1.5, range: big }],
      [{ count: 1, range: null }],
      [null],
      "x",
      // a hole of a sparse array, and ranges fundingRange() would refuse (reversed, negative)
      // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
      [, { count: 1, range: big }],
      [
        { count: 1, range: { min: krw(600), max: krw(400) } },
        { count: 1, range: big },
      ],
      [
        { count: 1, range: { min: krw(-600), max: krw(400) } },
        { count: 1, range: big },
      ],
    ]) {
      expect(() => portfolioEnvelope(bad as never)).toThrowError(
        expect.objectContaining({ code: "INVALID_INPUT" }),
      );
    }
    expect(() =>
      portfolioEnvelope([
        { count: 1, range: big },
        { count: 1, range: { min: krw(6), max: krw(4) } },
      ]),
    ).toThrowError(expect.objectContaining({ details: expect.objectContaining({ path: [1, "range"] }) }));
  });
  it("laws: clamp lands inside, is idempotent, leaves inside amounts alone; envelope bounds every pick (property)", () => {
    const bound = fc.bigInt({ min: 0n, max: 10n ** 12n });
    fc.assert(
      fc.property(bound, bound, fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (a, b, x) => {
        const range = fundingRange(...order(a, b));
        const c = clampToRange(range, krw(x));
        expect(isWithinRange(range, c)).toBe(true);
        expect(clampToRange(range, c)).toEqual(c);
        if (isWithinRange(range, krw(x))) expect(c.amount).toBe(x);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 20 }), bound, bound, fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 6,
        }),
        (lines) => {
          const ls = lines.map(([count, a, b]) => ({
            count,
            range: fundingRange(...order(a, b)),
          }));
          const e = portfolioEnvelope(ls);
          // Any choice of amounts inside the ranges totals inside the envelope.
          let total = 0n;
          ls.forEach((l, i) => {
            const t = lines[i]![3];
            const pick =
              l.range.min.amount +
              ((l.range.max.amount - l.range.min.amount) * BigInt(Math.round(t * 1000))) / 1000n;
            total += BigInt(l.count) * pick;
          });
          expect(isWithinRange(e, krw(total))).toBe(true);
        },
      ),
    );
  });
});
