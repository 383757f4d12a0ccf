/**
 * The few things eligibility takes from the money, programs and timeline features, in one place.
 *
 * @internal
 * @module
 */

import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import { safeParseKrw } from "../money/index.js";

import { spanOf } from "../timeline/instant.js";

export { readInstant } from "../timeline/instant.js";

/**
 * Reads a funding text as whole won (money's `safeParseKrw`, at most 15 digits as in the money JSON
 * form), or the reason it is not such an amount.
 */
export function readKrwText(text: string): bigint | Label {
  return memo(
    KRW_CACHE,
    text,
    (text) => {
      const r = safeParseKrw(text);
      // a refusal has exactly one issue, whose message says why
      if (!r.ok) return r.issues[0].message;
      // the money JSON form's limit, so that every accepted application can be stored and read back
      return r.value.amount < 10n ** 15n
        ? r.value.amount
        : freeze({
            en: `Expected won as 1 to 15 digits, received ${r.value.amount}`,
            ko: `1~15자리 숫자의 원 금액 필요, 받은 값 ${r.value.amount}`,
          });
    },
    512,
  );
}

/** Funding texts repeat ("4억 원"): a small bounded memo of parseKrw answers (pure, deterministic). */
const KRW_CACHE = new Map<string, bigint | Label>();

export { COUNTRY_CODES, isCountryCode } from "../programs/index.js";

/** A day (or month, year, minute) in Korea time as the instants it starts and ends. */
export interface SeoulSpan {
  /** First instant (epoch ms, inclusive). */
  readonly start: number;
  /** End (epoch ms, exclusive): a call closing on a day accepts submissions before this. */
  readonly end: number;
  readonly startIso: string;
  readonly endIso: string;
}

const SPANS = new Map<string, SeoulSpan | undefined>();

/**
 * The instants (epoch ms, UTC) at which a partial date in Korea time starts and ends, from the
 * timeline feature: `"2021-04-19"` runs from 2021-04-18T15:00:00Z (inclusive) to
 * 2021-04-19T15:00:00Z (exclusive). Memoised (edition dates are few); `undefined` for text that is
 * not a partial date.
 */
export function seoulSpan(partial: string): SeoulSpan | undefined {
  return memo(
    SPANS,
    partial,
    (partial) => {
      try {
        const { start, end: last } = spanOf(partial);
        const end = last + 1;
        return freeze({
          start,
          end,
          startIso: new Date(start).toISOString(),
          endIso: new Date(end).toISOString(),
        });
      } catch {
        return undefined;
      }
    },
    1024,
  );
}

import { EDITIONS, type Edition } from "../programs/index.js";

/** The editions checked by default (the programs feature's data). */
export { EDITIONS };

/** {@link EDITIONS}, for the benchmark of checkEligibility's floor. */
export function defaultEditions(): readonly Edition[] {
  return EDITIONS;
}

/** The number written by the ASCII digits of `s` from `a` to `b`. */
function digits(s: string, a: number, b: number): number {
  let v = 0;
  for (let k = a; k < b; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
}

/**
 * Epoch ms of an ISO 8601 date-time already checked by the schema's pattern
 * (`YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)`), without `Date.parse`'s generic path.
 */
export function instantOf(iso: string): number {
  let ms = Date.UTC(
    digits(iso, 0, 4),
    digits(iso, 5, 7) - 1,
    digits(iso, 8, 10),
    digits(iso, 11, 13),
    digits(iso, 14, 16),
  );
  let i = 16;
  if (iso[i] === ":") {
    ms += digits(iso, 17, 19) * 1000;
    i = 19;
    if (iso[i] === ".") {
      let j = i + 1;
      while (j < iso.length && iso.charCodeAt(j) >= 48 && iso.charCodeAt(j) <= 57) j++;
      ms += Number(`${iso.slice(i + 1, j)}00`.slice(0, 3));
      i = j;
    }
  }
  if (iso[i] === "Z") return ms;
  const sign = iso[i] === "-" ? -1 : 1;
  return ms - sign * (digits(iso, i + 1, i + 3) * 60 + digits(iso, i + 4, i + 6)) * 60_000;
}
