import { freeze } from "../core/freeze.js";
import { err, ok, type Result } from "../core/result.js";
import { KcnError } from "../errors.js";
import type { FundingRange } from "./fundingRange.js";
import { makeMoney } from "./money.js";
import {
  type KrwParseIssue,
  MAX_KRW_TEXT_LENGTH,
  parseTokens,
  Refusal,
  safeParseKrw,
  type Token,
  toIssue,
  tokenize,
  valueOrThrow,
} from "./parseKrw.js";

/**
 * Reads a funding range written in English or Korean, without throwing.
 *
 * Two amounts that {@link parseKrw} reads, joined by `-`, `–`, `—`, `~`, `～` or `to`. A unit written
 * only after the second amount applies to a bare first number (`400-600 million`, `400–600M KRW`,
 * `4~6억 원`), all of a compound unit (`4~6천만원` is 40 to 60 million won; `4~6억 5천만` is 4억 to
 * 6억 5천만); a currency mark may stand before the first amount or after the second (or on both).
 * A single amount is the range from that amount to itself.
 * Everything {@link formatRange} writes is read back exactly. The range is closed: both bounds
 * belong to it.
 *
 * @param text - the text, such as `"KRW 400-600 million"` or `"4억~6억 원"`
 * @returns `{ ok: true, value: FundingRange }` or `{ ok: false, issues }` with the position and the
 *   reason (`REVERSED_RANGE` when the first amount is larger, and every code of {@link safeParseKrw})
 * @example
 * ```ts
 * const r = safeParseFundingRange("400million to 600million");
 * r.ok && r.value.max.amount; //=> 600000000n
 * const bad = safeParseFundingRange("600-400 million");
 * !bad.ok && bad.issues[0].code; //=> "REVERSED_RANGE"
 * ```
 * @category Money
 */
export function safeParseFundingRange(text: unknown): Result<FundingRange, KrwParseIssue> {
  if (typeof text !== "string" || text.length > MAX_KRW_TEXT_LENGTH) {
    return safeParseKrw(text) as Result<never, KrwParseIssue>;
  }
  try {
    const toks = tokenize(text);
    // The separator: the first `sep` token, or a `-` after a number ("4억 원-6억 원"); before any
    // number a `-` is a sign ("₩-5", "KRW -5").
    let at = -1;
    for (let i = 0, num = false; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.k === "sep" || (t.k === "sign" && num)) {
        at = i;
        break;
      }
      if (t.k === "num") num = true;
    }
    if (at < 0) {
      // One amount is the range [amount, amount].
      if (toks.length === 0) {
        throw new Refusal(
          "EMPTY_INPUT",
          0,
          text.length,
          "the text is empty",
          "텍스트가 비어 있습니다",
          "a range",
        );
      }
      const one = makeMoney("KRW", parseTokens(text, toks, false), 0);
      return ok(freeze({ min: one, max: one }));
    }
    let left = toks.slice(0, at);
    const right = toks.slice(at + 1);
    // The first amount takes the units it lacks from the second's first group. A bare number takes
    // the units after the second number and the myriad (만, 억, 조) that ends its group:
    // "400-600 million", "4~6억 원", "4~6천만원" (40-60 million), "4~6천5백만" (4천만 to 6천5백만),
    // "4~6억 5천만" (4억 to 6억 5천만). A number of 천, 백 or 십 takes that myriad: "5천~6천만원".
    const leftCore = left.filter((t) => t.k !== "cur" && t.k !== "sign");
    const rightCore = right.filter((t) => t.k !== "cur");
    let end = 1;
    // the unit tokens (scale, su, mu: those with an exponent) right after the second number
    while ((rightCore[end] as { exp?: number } | undefined)?.exp) end++;
    const run = rightCore.slice(1, end);
    const mu = rightCore.find((t) => t.k === "mu");
    if (rightCore[0]?.k === "num") {
      if (leftCore.length === 1 && leftCore[0]?.k === "num" && !left.some((t) => t.k === "cur" && !t.prefix))
        left = [...left, ...run, ...(mu && !run.includes(mu) ? [mu] : [])];
      else if (leftCore.at(-1)?.k === "su" && !leftCore.some((t) => t.k === "mu") && run[0]?.k === "su" && mu)
        left = [...left, mu];
    }
    if (left.length === 0) {
      throw new Refusal(
        "MISSING_NUMBER",
        0,
        (toks[at] as Token).pos,
        "no amount before the range separator",
        "범위 구분 기호 앞에 금액이 없습니다",
        "a range such as KRW 400-600 million",
      );
    }
    const lo = parseTokens(text, left, false);
    const hi = parseTokens(text, right, false);
    if (lo > hi) {
      throw new Refusal(
        "REVERSED_RANGE",
        0,
        text.length,
        "the first amount is larger than the second",
        "앞의 금액이 뒤의 금액보다 큽니다",
        "the smaller amount first",
      );
    }
    return ok(freeze({ min: makeMoney("KRW", lo, 0), max: makeMoney("KRW", hi, 0) }));
  } catch (e) {
    if (e instanceof Refusal) return err([toIssue(text, e)]);
    throw e;
  }
}

/**
 * Reads a funding range written in English or Korean; throws when the text is not one.
 *
 * Same grammar as {@link safeParseFundingRange}.
 *
 * @param text - the text, such as `"400–600M KRW"`, `"200M–1.0bn KRW"` or `"4억~6억 원"`
 * @returns a frozen {@link FundingRange}
 * @throws {@link KcnError} `PARSE_FAILED` with `details.issues` (position and reason), or
 *   `INPUT_TOO_LONG`
 * @example
 * ```ts
 * const r = parseFundingRange("KRW 400-600 million");
 * [r.min.amount, r.max.amount]; //=> [400000000n, 600000000n]
 * parseFundingRange("4억~6억 원").max.amount; //=> 600000000n
 * parseFundingRange("200M–1.0bn KRW").max.amount; //=> 1000000000n
 * ```
 * @category Money
 */
export function parseFundingRange(text: string): FundingRange {
  return valueOrThrow(safeParseFundingRange(text), text);
}
