import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { MAX_KRW_TEXT_LENGTH, parseKrw, safeParseKrw } from "./parseKrw.js";

const FORMS: [string, bigint][] = [
  ["₩400,000,000", 400_000_000n],
  ["KRW 400,000,000", 400_000_000n],
  ["400,000,000 won", 400_000_000n],
  ["400000000원", 400_000_000n],
  ["400 million KRW", 400_000_000n],
  ["400M", 400_000_000n],
  ["KRW 0.4 billion", 400_000_000n],
  ["4.2bn", 4_200_000_000n],
  ["3.3 billion won", 3_300_000_000n],
  ["4억", 400_000_000n],
  ["4억 5.5천만", 455_000_000n], // a decimal before a larger unit
  ["4억 원", 400_000_000n],
  ["42억원", 4_200_000_000n],
  ["4억5천만원", 450_000_000n],
  ["4억 5,000만 원", 450_000_000n],
  ["700만 원", 7_000_000n],
  ["2천만원", 20_000_000n],
  ["４억　５，０００만 원", 450_000_000n],
  ["  400M  ", 400_000_000n],
  ["\t4억 원\n", 400_000_000n],
  ["천만 원", 10_000_000n],
  ["1천2백34만", 12_340_000n],
  ["1조 2,000억 원", 1_200_000_000_000n],
  ["4.5억 원", 450_000_000n],
  ["KRW400M", 400_000_000n],
  ["400 Million Won", 400_000_000n],
  ["600million", 600_000_000n],
  ["0", 0n],
  ["5원", 5n],
  ["1,200억 원", 120_000_000_000n],
  ["＋400M", 400_000_000n],
  ["+400M", 400_000_000n],
  ["₩ 400 million", 400_000_000n],
  ["1.5 thousand won", 1_500n],
  ["2 trillion won", 2_000_000_000_000n],
  ["１２３", 123n],
  // A last group without a unit is read as won only when the amount ends with won.
  ["4억 5천원", 400_005_000n],
  ["4억 5천 원", 400_005_000n],
  ["4억 5,000원", 400_005_000n],
  ["4억 5천 won", 400_005_000n],
  ["1천2백34", 1_234n],
  ["5천3", 5_003n],
  // after 만 no unit is left out: the last group is won
  ["700만 5천", 7_005_000n],
  ["1,234만 5,678", 12_345_678n],
  ["1억 2,345만 6,789", 123_456_789n],
  ["4억 5000만 3", 450_000_003n],
];

describe("parseKrw: accepted forms", () => {
  for (const [text, want] of FORMS) {
    it(JSON.stringify(text), () => {
      expect(parseKrw(text).amount).toBe(want);
      const r = safeParseKrw(text);
      expect(r.ok && r.value.amount).toBe(want);
      expect(parseKrw(text).currency).toBe("KRW");
      expect(Object.isFrozen(parseKrw(text))).toBe(true);
    });
  }
});

const REFUSED: [string, string, number][] = [
  ["400 600", "MULTIPLE_NUMBERS", 4],
  ["400,000,000 600,000,000", "MULTIPLE_NUMBERS", 12],
  ["4억 6억", "UNIT_ORDER", 4],
  ["5만 4억", "UNIT_ORDER", 4],
  ["4억 12,000만", "UNIT_ORDER", 3],
  // a decimal fixes every smaller digit: a term after it would overlap them (4.2억 5천만 is not 470,000,000)
  ["4.2억 5천만", "MULTIPLE_NUMBERS", 5],
  ["0.5억 5천만", "MULTIPLE_NUMBERS", 5],
  ["1.5만 9천", "MULTIPLE_NUMBERS", 5],
  ["5.5천 3백만 원", "MULTIPLE_NUMBERS", 5],
  ["4.0억 5천만원", "MULTIPLE_NUMBERS", 5],
  ["4.5천 백", "UNIT_ORDER", 5],
  ["4.5천백만", "UNIT_ORDER", 4],
  ["-400", "NEGATIVE_AMOUNT", 0],
  ["-4억 원", "NEGATIVE_AMOUNT", 0],
  ["0.5원", "NOT_WHOLE_WON", 0],
  ["1.234567891억", "NOT_WHOLE_WON", 0],
  ["KRW", "MISSING_NUMBER", 3],
  ["억 원", "MISSING_NUMBER", 0],
  ["million", "MISSING_NUMBER", 0],
  ["₩400 won", "DUPLICATE_CURRENCY", 5],
  ["KRW 400 KRW", "DUPLICATE_CURRENCY", 8],
  ["400 원 원", "DUPLICATE_CURRENCY", 6],
  ["약 4억 원", "APPROXIMATE_AMOUNT", 0],
  ["about 400 million", "APPROXIMATE_AMOUNT", 0],
  ["≈ KRW 4.2 billion", "APPROXIMATE_AMOUNT", 0],
  // a leading tilde is "about", not a range; a trailing one leaves the range open
  ["~400 million", "APPROXIMATE_AMOUNT", 0],
  [" ～4억 원", "APPROXIMATE_AMOUNT", 1],
  ["〜4억", "APPROXIMATE_AMOUNT", 0],
  ["400~", "RANGE_NOT_AMOUNT", 3],
  ["12천", "MALFORMED_NUMBER", 0],
  ["1,2345", "MALFORMED_NUMBER", 0],
  ["1234,567", "MALFORMED_NUMBER", 0],
  ["400,", "MALFORMED_NUMBER", 3],
  ["4.", "MALFORMED_NUMBER", 1],
  ["1.2.3", "MALFORMED_NUMBER", 3],
  ["400 pesos", "UNKNOWN_UNIT", 4],
  ["4e8", "UNKNOWN_UNIT", 1],
  ["400 USD", "UNKNOWN_UNIT", 4],
  ["400-600 million", "RANGE_NOT_AMOUNT", 3],
  ["4억 - 6억", "RANGE_NOT_AMOUNT", 3],
  ["400 to 600", "RANGE_NOT_AMOUNT", 4],
  ["400 - won", "MISPLACED_SIGN", 4],
  ["4억~6억 원", "RANGE_NOT_AMOUNT", 2],
  ["400$", "UNEXPECTED_CHARACTER", 3],
  ["4억 2 million", "UNIT_ORDER", 5],
  ["400 million million", "UNIT_ORDER", 12],
  ["원 400", "MISSING_NUMBER", 0],
  ["", "EMPTY_INPUT", 0],
  ["   ", "EMPTY_INPUT", 0],
  ["400 won KRW", "DUPLICATE_CURRENCY", 8],
  ["--400", "MISPLACED_SIGN", 1],
  // "4억 5천" is said for 4억 5천만 as often as for 400,005,000 won: refused, not guessed.
  ["4억 5천", "AMBIGUOUS_AMOUNT", 3],
  ["4억5천", "AMBIGUOUS_AMOUNT", 2],
  ["4억 5000", "AMBIGUOUS_AMOUNT", 3],
  ["₩4억 5천", "AMBIGUOUS_AMOUNT", 4],
  ["2억 5", "AMBIGUOUS_AMOUNT", 3],
  ["1조 2,000억 5천", "AMBIGUOUS_AMOUNT", 10],
  ["4억 3천5백", "AMBIGUOUS_AMOUNT", 3],
];

describe("parseKrw: refused input, with position and reason", () => {
  for (const [text, code, position] of REFUSED) {
    it(`${JSON.stringify(text)} -> ${code} at ${position}`, () => {
      const r = safeParseKrw(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues).toHaveLength(1);
      const issue = r.issues[0]!;
      expect(issue.code).toBe(code);
      expect(issue.position).toBe(position);
      expect(issue.message.en).toMatch(/column \d+/);
      expect(issue.message.ko).toMatch(/번째 글자/);
      expect(issue.message.ko).not.toBe(issue.message.en);
      expect(() => parseKrw(text)).toThrowError();
      try {
        parseKrw(text);
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("PARSE_FAILED");
        expect(isKcnError(e) && e.details["reason"]).toBe(code);
      }
    });
  }

  it("says how to write an ambiguous amount, in both languages", () => {
    const r = safeParseKrw("4억 5천");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].length).toBe(2);
    expect(r.issues[0].message.en).toBe(
      'Cannot read "4억 5천" as won at column 4: "5천" has no unit: add one (4억 5천만 원) or end with won (4억 5천원)',
    );
    expect(r.issues[0].message.ko).toContain(
      '"5천"에 단위가 없습니다: 단위를 붙이거나(4억 5천만 원) 원으로 끝내세요(4억 5천원)',
    );
    // the way out keeps the sign of an amount read with allowNegative
    const neg = safeParseKrw("-4억 5천", { allowNegative: true });
    expect(!neg.ok && neg.issues[0].message.en).toMatch(/end with won \(-4억 5천원\)$/);
    expect(parseKrw("-4억 5천원", { allowNegative: true }).amount).toBe(-400_005_000n);
    // Either way out reads.
    expect(parseKrw("4억 5천만 원").amount).toBe(450_000_000n);
    expect(parseKrw("4억 5천원").amount).toBe(400_005_000n);
  });

  it("reads its options before the text: a misspelt option is INVALID_OPTIONS whatever the text", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isKcnError(e) ? e.code : e;
      }
      return "answered";
    };
    for (const text of ["4억 원", "4억 6억", "", 5, "x".repeat(300)]) {
      expect(code(() => safeParseKrw(text, { allowNegativ: true } as never))).toBe("INVALID_OPTIONS");
      expect(code(() => parseKrw(text as never, { allowNegative: "yes" } as never))).toBe("INVALID_OPTIONS");
    }
    expect(code(() => safeParseKrw("4억 6억", {}))).toBe("answered");
  });
  it("accepts negatives only with allowNegative", () => {
    expect(parseKrw("-4억 원", { allowNegative: true }).amount).toBe(-400_000_000n);
    expect(parseKrw("-₩400", { allowNegative: true }).amount).toBe(-400n);
    expect(parseKrw("₩-400", { allowNegative: true }).amount).toBe(-400n);
    expect(parseKrw("−400", { allowNegative: true }).amount).toBe(-400n);
    expect(parseKrw("-0").amount).toBe(0n);
  });

  it("refuses non-text without throwing a TypeError", () => {
    for (const bad of [undefined, null, 400, 400n, {}, []]) {
      const r = safeParseKrw(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]!.code).toBe("NOT_TEXT");
      if (!r.ok) expect(r.issues[0]!.message.ko).not.toMatch(/an object|an array|[0-9]n$/);
      expect(() => parseKrw(bad as string)).toThrowError(expect.objectContaining({ code: "PARSE_FAILED" }));
    }
  });

  it("says what it received in Korean", () => {
    const ko = (v: unknown) => {
      const r = safeParseKrw(v);
      return r.ok ? "" : r.issues[0]!.message.ko;
    };
    expect(ko({})).toBe('"4억 원" 같은 텍스트 필요, 받은 값 객체');
    expect(ko([1, 2])).toBe('"4억 원" 같은 텍스트 필요, 받은 값 항목 2개의 배열');
    expect(ko(400n)).toBe('"4억 원" 같은 텍스트 필요, 받은 값 400');
  });

  it("refuses text over the documented limit with INPUT_TOO_LONG", () => {
    expect(MAX_KRW_TEXT_LENGTH).toBe(256);
    const ok = `${" ".repeat(MAX_KRW_TEXT_LENGTH - 4)}400M`;
    expect(parseKrw(ok).amount).toBe(400_000_000n);
    const long = `${ok} `;
    const r = safeParseKrw(long);
    expect(!r.ok && r.issues[0]!.code).toBe("INPUT_TOO_LONG");
    expect(() => parseKrw("1".repeat(100_000))).toThrowError(
      expect.objectContaining({ code: "INPUT_TOO_LONG" }),
    );
  });

  it("reads the longest digit string allowed exactly", () => {
    const digits = "9".repeat(MAX_KRW_TEXT_LENGTH);
    expect(parseKrw(digits).amount).toBe(BigInt(digits));
  });
});

describe("parseKrw: properties", () => {
  it("never throws anything but a KcnError, on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = safeParseKrw(s);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
  it("never throws on text made of the grammar's own pieces", () => {
    const piece = fc.constantFrom(
      "4",
      "5,000",
      "0.4",
      "12",
      " ",
      "억",
      "만",
      "천",
      "백",
      "십",
      "조",
      "원",
      "won",
      "KRW",
      "₩",
      "M",
      "bn",
      "million",
      "-",
      ",",
      ".",
      "약",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const r = safeParseKrw(parts.join(""));
        if (r.ok) expect(typeof r.value.amount).toBe("bigint");
        else expect(r.issues[0]!.position).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });
  it("reads plain and grouped digits of any non-negative bigint", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (n) => {
        expect(parseKrw(n.toString()).amount).toBe(n);
        expect(parseKrw(n.toLocaleString("en-US")).amount).toBe(n);
      }),
    );
  });
  it("is linear: 256 characters parse fast", () => {
    const text = `${"1,000".repeat(1)}${" ".repeat(250)}원`;
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) safeParseKrw(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
