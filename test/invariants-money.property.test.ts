/**
 * Property tests for the money invariants of issue 2 that the unit suites do not already prove:
 * allocation with decimal and percentage ratios (largest remainder, scale invariance), compare /
 * equals / min / max consistency, negation, clampToRange against isWithinRange, rounded compact
 * output, full-width input, conversion monotonicity and money JSON with fractional amounts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  allocate,
  CURRENCY_MINOR_UNITS,
  type CurrencyCode,
  clampToRange,
  compare,
  convert,
  equals,
  formatKrw,
  formatRange,
  fromMoneyJson,
  fundingRange,
  isWithinRange,
  isZero,
  type Krw,
  type KrwStyle,
  krw,
  MoneyJsonSchema,
  max,
  min,
  money,
  moneyJsonReplacer,
  multiply,
  negate,
  parseFundingRange,
  parseKrw,
  ROUNDING_MODES,
  type RoundingMode,
  safeParseKrw,
  subtract,
  sum,
  toMoneyJson,
} from "../src/money/index.js";

const abs = (n: bigint) => (n < 0n ? -n : n);
const anyKrw = fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }).map((n) => krw(n));
const langs = fc.constantFrom("en" as const, "ko" as const);

/** A decimal ratio as text with up to 3 decimals, and its value as numerator over 1000. */
const decimalRatio = fc.integer({ min: 0, max: 100_000 }).map((milli) => {
  const int = Math.floor(milli / 1000);
  const frac = String(milli % 1000).padStart(3, "0");
  return { text: `${int}.${frac}`.replace(/\.?0+$/, "") || "0", milli: BigInt(milli) };
});

describe("allocate (largest remainder)", () => {
  it("with decimal or percentage ratios: sums to the total, each share is floor or floor + 1 of its exact proportion, and the extra units go to the largest remainders, first listed on ties", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.array(decimalRatio, { minLength: 1, maxLength: 8 }).filter((rs) => rs.some((r) => r.milli > 0n)),
        fc.boolean(),
        (a, rs, pct) => {
          const shares = allocate(krw(a), pct ? rs.map((r) => `${r.text}%`) : rs.map((r) => r.text)).map(
            (s) => s.amount,
          );
          expect(shares.length).toBe(rs.length);
          expect(shares.reduce((s, x) => s + x, 0n)).toBe(a);
          const total = rs.reduce((s, r) => s + r.milli, 0n);
          const mag = abs(a);
          const floors = rs.map((r) => (mag * r.milli) / total);
          const rems = rs.map((r, i) => mag * r.milli - floors[i]! * total);
          const extra = shares.map((s, i) => abs(s) - floors[i]!);
          for (let i = 0; i < shares.length; i++) {
            // sign follows the amount, |share - exact| < 1 won
            if (a < 0n) expect(shares[i]! <= 0n).toBe(true);
            else expect(shares[i]! >= 0n).toBe(true);
            expect(extra[i] === 0n || extra[i] === 1n).toBe(true);
            if (rs[i]!.milli === 0n) expect(shares[i]).toBe(0n);
          }
          // largest remainder: a share that got a unit has a larger remainder than one that did not,
          // or the same remainder and an earlier place in the list
          for (let i = 0; i < shares.length; i++)
            for (let j = 0; j < shares.length; j++)
              if (extra[i] === 1n && extra[j] === 0n)
                expect(rems[i]! > rems[j]! || (rems[i] === rems[j] && i < j)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("does not depend on the scale of the ratios: k × ratios, ratios and their decimal forms give the same shares", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })
          .filter((r) => r.some((x) => x > 0)),
        fc.integer({ min: 2, max: 1000 }),
        (a, r, k) => {
          const base = allocate(krw(a), r).map((s) => s.amount);
          expect(
            allocate(
              krw(a),
              r.map((x) => x * k),
            ).map((s) => s.amount),
          ).toEqual(base);
          expect(
            allocate(
              krw(a),
              r.map((x) => BigInt(x)),
            ).map((s) => s.amount),
          ).toEqual(base);
          expect(
            allocate(
              krw(a),
              r.map((x) => (x / 100).toString()),
            ).map((s) => s.amount),
          ).toEqual(base);
          // negating the amount negates every share (the split works on the magnitude)
          expect(allocate(krw(-a), r).map((s) => s.amount)).toEqual(base.map((s) => -s));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("splits money of any currency in its minor units and keeps the currency and scale", () => {
    const codes = Object.keys(CURRENCY_MINOR_UNITS) as CurrencyCode[];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        (currency, units, r) => {
          const scale = CURRENCY_MINOR_UNITS[currency];
          const m = money(currency, `${units}e-${scale}`);
          const shares = allocate(m, r);
          expect(shares.every((s) => s.currency === currency && s.scale === scale)).toBe(true);
          expect(shares.reduce((s, x) => s + x.amount, 0n)).toBe(m.amount);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("arithmetic laws", () => {
  it("compare, equals, min and max agree with each other and with bigint order", () => {
    fc.assert(
      fc.property(anyKrw, anyKrw, anyKrw, (a, b, c) => {
        const expected = a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
        expect(compare(a, b)).toBe(expected);
        expect(compare(a, a)).toBe(0);
        expect(equals(a, b)).toBe(expected === 0);
        expect(equals(a, b)).toBe(equals(b, a));
        const lo = min(a, b);
        const hi = max(a, b);
        // min / max return one of their arguments, the smaller / larger one
        expect(lo === a || lo === b).toBe(true);
        expect(hi === a || hi === b).toBe(true);
        expect(compare(lo, a) <= 0 && compare(lo, b) <= 0).toBe(true);
        expect(compare(hi, a) >= 0 && compare(hi, b) >= 0).toBe(true);
        expect(equals(add(lo, hi), add(a, b))).toBe(true);
        // variadic forms agree with folding the binary ones, in any order
        expect(min(a, b, c).amount).toBe(min(min(c, b), a).amount);
        expect(max(a, b, c).amount).toBe(max(c, max(b, a)).amount);
        expect(equals(sum([a, b, c]), sum([c, a, b]))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("negate, subtract, isZero and multiply by 1 or -1 behave as in a ring", () => {
    fc.assert(
      fc.property(anyKrw, anyKrw, fc.constantFrom(...ROUNDING_MODES), (a, b, rounding) => {
        expect(equals(negate(negate(a)), a)).toBe(true);
        expect(isZero(add(a, negate(a)))).toBe(true);
        expect(equals(subtract(a, b), add(a, negate(b)))).toBe(true);
        expect(equals(subtract(a, b), negate(subtract(b, a)))).toBe(true);
        expect(isZero(a)).toBe(a.amount === 0n);
        expect(equals(sum([]), krw(0))).toBe(true);
        expect(equals(multiply(a, "1", { rounding }), a)).toBe(true);
        expect(equals(multiply(a, "-1", { rounding }), negate(a))).toBe(true);
        expect(isZero(multiply(a, "0", { rounding }))).toBe(true);
        // an integer factor is exact whatever the rounding mode
        expect(multiply(a, "3", { rounding }).amount).toBe(a.amount * 3n);
      }),
      { numRuns: 300 },
    );
  });

  it("multiply is monotonic in the amount for every rounding mode and a non-negative factor", () => {
    fc.assert(
      fc.property(
        anyKrw,
        anyKrw,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...ROUNDING_MODES),
        (a, b, f, rounding) => {
          const [x, y] = compare(a, b) <= 0 ? [a, b] : [b, a];
          const factor = `${f}e-4`;
          expect(
            compare(multiply(x, factor, { rounding }), multiply(y, factor, { rounding })),
          ).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("funding ranges", () => {
  const bound = fc.bigInt({ min: 0n, max: 10n ** 13n });
  const rangeArb = fc.tuple(bound, bound).map(([a, b]) => (a <= b ? fundingRange(a, b) : fundingRange(b, a)));
  it("isWithinRange agrees with clampToRange, and clamp is the nearest amount of the range", () => {
    fc.assert(
      fc.property(rangeArb, fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (r, x) => {
        const amount = krw(x);
        const c = clampToRange(r, amount);
        expect(isWithinRange(r, amount)).toBe(equals(c, amount));
        expect(isWithinRange(r, c)).toBe(true);
        expect(equals(clampToRange(r, c), c)).toBe(true);
        // nearest point: max(min, min(max, x))
        expect(equals(c, max(r.min, min(r.max, amount)))).toBe(true);
        // the bounds themselves are inside (closed interval), one won past them is not
        expect(isWithinRange(r, r.min) && isWithinRange(r, r.max)).toBe(true);
        expect(isWithinRange(r, krw(r.min.amount - 1n))).toBe(false);
        expect(isWithinRange(r, krw(r.max.amount + 1n))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("clampToRange is monotonic", () => {
    fc.assert(
      fc.property(rangeArb, anyKrw, anyKrw, (r, a, b) => {
        const [x, y] = compare(a, b) <= 0 ? [a, b] : [b, a];
        expect(compare(clampToRange(r, x), clampToRange(r, y))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("fundingRange refuses reversed or negative bounds with INVALID_RANGE, and accepts the rest", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        (a, b) => {
          const ok = a >= 0n && b >= 0n && a <= b;
          let code: string | undefined;
          try {
            const r = fundingRange(a, b);
            expect([r.min.amount, r.max.amount]).toEqual([a, b]);
          } catch (e) {
            code = (e as { code?: string }).code;
          }
          expect(code).toBe(ok ? undefined : "INVALID_RANGE");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("formatRange is read back by parseFundingRange for any maximumFractionDigits", () => {
    const b = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
      fc.bigInt({ min: 0n, max: 10_000n }).map((n) => n * 100_000n),
    );
    fc.assert(
      fc.property(b, b, langs, fc.integer({ min: 0, max: 12 }), (x, y, locale, digits) => {
        const r = x <= y ? fundingRange(x, y) : fundingRange(y, x);
        const back = parseFundingRange(formatRange(r, { locale, maximumFractionDigits: digits }));
        expect([back.min.amount, back.max.amount]).toEqual([r.min.amount, r.max.amount]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("formatKrw and parseKrw", () => {
  const amounts = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 18n }),
    fc.bigInt({ min: 0n, max: 100_000n }).map((n) => n * 1_000n),
    fc.integer({ min: 1, max: 9999 }).map((n) => BigInt(n) * 10n ** BigInt(4 + (n % 9))),
  );
  const styles = fc.constantFrom<KrwStyle>("standard", "compact", "korean-units");

  it("parse(format(x)) == x for every style, locale and maximumFractionDigits (no rounding asked)", () => {
    fc.assert(
      fc.property(
        amounts,
        fc.boolean(),
        langs,
        styles,
        fc.integer({ min: 0, max: 12 }),
        (n, neg, locale, style, d) => {
          const v = neg ? -n : n;
          const text = formatKrw(krw(v), { locale, style, maximumFractionDigits: d });
          expect(parseKrw(text, { allowNegative: true }).amount).toBe(v);
          if (v >= 0n) expect(parseKrw(text).amount).toBe(v);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("a rounded compact text is either exact or marked approximate, refused by parseKrw, and within one step of x in the asked direction", () => {
    const STEP_EXP: Record<string, number> = { trillion: 12, billion: 9, million: 6, 조: 12, 억: 8, 만: 4 };
    fc.assert(
      fc.property(
        amounts,
        fc.boolean(),
        langs,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, neg, locale, d, rounding: RoundingMode) => {
          const v = neg ? -n : n;
          const text = formatKrw(krw(v), { locale, style: "compact", maximumFractionDigits: d, rounding });
          const marker = locale === "en" ? "≈ " : "약 ";
          if (!text.startsWith(marker)) {
            expect(parseKrw(text, { allowNegative: true }).amount).toBe(v);
            return;
          }
          expect(safeParseKrw(text, { allowNegative: true }).ok).toBe(false);
          const shown = parseKrw(text.slice(marker.length), { allowNegative: true }).amount;
          expect(shown).not.toBe(v);
          const unit = Object.keys(STEP_EXP).find((u) => text.includes(u));
          expect(unit).toBeDefined();
          const step = 10n ** BigInt(STEP_EXP[unit as string]! - d);
          const diff = shown - v;
          if (rounding.startsWith("half")) expect(abs(diff) * 2n <= step).toBe(true);
          else expect(abs(diff) < step).toBe(true);
          if (rounding === "floor") expect(diff < 0n).toBe(true);
          if (rounding === "ceil") expect(diff > 0n).toBe(true);
          if (rounding === "down") expect(abs(shown) < abs(v)).toBe(true);
          if (rounding === "up") expect(abs(shown) > abs(v)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("reads full-width digits and surrounding spaces like their ASCII forms", () => {
    const fullWidth = (s: string) =>
      s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        amounts,
        langs,
        styles,
        fc.constantFrom("", " ", "  ", "\t", "\u3000"),
        fc.constantFrom("", " ", "\n"),
        (n, locale, style, before, after) => {
          const text = formatKrw(krw(n), { locale, style });
          expect(parseKrw(`${before}${fullWidth(text)}${after}`).amount).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("convert", () => {
  const codes = Object.keys(CURRENCY_MINOR_UNITS).filter((c) => c !== "KRW") as CurrencyCode[];
  const fxArb = fc.record({
    currency: fc.constantFrom(...codes),
    rate: fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 8n }), fc.integer({ min: 0, max: 8 }))
      .map(([m, e]) => `${m}e-${e}`),
    quote: fc.constantFrom("target-per-source" as const, "source-per-target" as const),
  });
  it("is monotonic in the amount, maps 0 to 0, and returns the rate and value date it used", () => {
    fc.assert(
      fc.property(anyKrw, anyKrw, fxArb, fc.constantFrom(...ROUNDING_MODES), (a, b, fx, rounding) => {
        const [x, y] = compare(a, b) <= 0 ? [a, b] : [b, a];
        const full = { ...fx, valueDate: "2024-06-28" };
        const cx = convert(x, full, { rounding });
        const cy = convert(y, full, { rounding });
        expect(cx.money.currency).toBe(fx.currency);
        expect(cx.money.scale).toBe(CURRENCY_MINOR_UNITS[fx.currency]);
        expect(cx.money.amount <= cy.money.amount).toBe(true);
        expect(convert(krw(0), full, { rounding }).money.amount).toBe(0n);
        expect(cx.valueDate).toBe("2024-06-28");
        expect(Number(cx.rate)).toBeCloseTo(Number(fx.rate), 12);
      }),
      { numRuns: 300 },
    );
  });
  it("half-even, half-up, half-down, up and down are symmetric: convert(-x) == -convert(x)", () => {
    fc.assert(
      fc.property(
        anyKrw,
        fxArb,
        fc.constantFrom<RoundingMode>("half-even", "half-up", "half-down", "up", "down"),
        (a, fx, rounding) => {
          const full = { ...fx, valueDate: "2024-06-28" };
          expect(convert(negate(a), full, { rounding }).money.amount).toBe(
            -convert(a, full, { rounding }).money.amount,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("money JSON", () => {
  const codes = Object.keys(CURRENCY_MINOR_UNITS) as CurrencyCode[];
  it("round-trips fractional amounts of every currency through toMoneyJson, JSON text, MoneyJsonSchema and fromMoneyJson", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        (currency, units) => {
          const scale = CURRENCY_MINOR_UNITS[currency];
          const m = money(currency, `${units}e-${scale}`);
          expect(m.amount).toBe(units);
          const json = toMoneyJson(m);
          const text = JSON.stringify(json);
          expect(JSON.stringify(m, moneyJsonReplacer)).toBe(text);
          const parsed = MoneyJsonSchema.parse(JSON.parse(text));
          expect(parsed).toEqual(json);
          const back = fromMoneyJson(JSON.parse(text));
          expect(back).toEqual(m);
          expect(toMoneyJson(back)).toEqual(json);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("allocation results serialise and read back share by share", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (a, r) => {
          const shares = allocate(krw(a), r);
          const back = (JSON.parse(JSON.stringify(shares, moneyJsonReplacer)) as unknown[]).map(
            (j) => fromMoneyJson(j) as Krw,
          );
          expect(back).toEqual([...shares]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
