/**
 * The few things selection takes from the programs, eligibility, money and timeline features, in
 * one place.
 *
 * @internal
 * @module
 */
import { isRecord } from "../core/isObject.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import { checkEligibility, type EligibilityResult } from "../eligibility/index.js";
import type { FundingRange } from "../money/index.js";
import { EDITIONS, getSubProgram, type SubProgram } from "../programs/index.js";
import {
  comparePartialDates,
  earliestInstant,
  latestInstant,
  safeParsePartialDate,
} from "../timeline/index.js";
import { label } from "./issues.js";
import type { JsonValue, Machine } from "./types.js";

export { isCountryCode } from "../programs/index.js";

/** What a date of the lifecycle is, for messages: an event's `at`, a candidate's `submittedAt`. */
export const KOREA_DATE =
  'a date such as "2021-06", "2021-06-22" or "2021-06-22T10:00", in Korea time with no offset';

/** Whether `id` is the id of a sub-program of some edition (`planning`, `smart-city-planning`, ...). */
export function isSubProgramId(id: string): boolean {
  return EDITIONS.some((e) => e.subPrograms.some((s) => s.id === id));
}

/**
 * Whether a value is a partial date in Korea time, as a string in its canonical form: `"2021"`,
 * `"2021-06"`, `"2021-06-22"` or `"2021-06-22T10:00"`, and a real date (the timeline feature parses it).
 */
export function isMoment(s: unknown): boolean {
  if (typeof s !== "string" || s.length > 16) return false;
  // Dates repeat across records: remember answers (a bounded memo; it never changes a result).
  return memo(seen, s, (s) => safeParsePartialDate(s).ok, 4096);
}

const seen = new Map<string, boolean>();

/**
 * Compares two partial dates in Korea time with the timeline's `comparePartialDates`: -1 when `a`
 * is wholly before `b`, 1 when wholly after, 0 when they overlap ("2021-06" and "2021-06-22"),
 * `undefined` when either is not a canonical partial date.
 */
export function compareMoments(a: string, b: string): -1 | 0 | 1 | undefined {
  if (!isMoment(a) || !isMoment(b)) return undefined;
  const r = comparePartialDates(a, b);
  return r === "before" ? -1 : r === "after" ? 1 : 0;
}

function subProgram(year: number, subProgramId: string): SubProgram | undefined {
  try {
    return getSubProgram(year, subProgramId);
  } catch {
    return undefined;
  }
}

const ranges = new WeakMap<Machine, FundingRange | undefined>();

/**
 * The per-project funding range of the machine's sub-program that an appropriation must respect: the
 * call's range, else the awarded range; `undefined` when neither is known or the sources give it only
 * approximately ("about 700M"), so that no tolerance has to be invented.
 */
export function fundingRangeFor(machine: Machine): FundingRange | undefined {
  // memoised by machine (an undefined answer, cheap to find again, is looked up again)
  return memo(ranges, machine, () => {
    const sub = subProgram(machine.year, machine.subProgramId);
    if (sub && !sub.funding.approximate) {
      const { call, awarded } = sub.funding;
      return call.known ? call.value : awarded.known ? awarded.value : undefined;
    }
    return undefined;
  });
}

/**
 * The rolling intake's cutoff of a sub-program: its day when known, `null` for a rolling intake
 * whose cutoff is not published (2025, 2026), `undefined` for an intake that is not rolling.
 */
export function rollingCutoffFor(year: number, subProgramId: string): string | null | undefined {
  const intake = subProgram(year, subProgramId)?.intake;
  return intake?.kind === "rolling" ? (intake.cutoff.known ? intake.cutoff.value : null) : undefined;
}

/**
 * Why an application (JSON form) is not eligible for the machine's edition, or `undefined`. With
 * `submit`, the time of the record's `submit` entry, the application is judged as submitted then: one
 * without `submittedAt` at that date's first and last instants (eligible at either passes, so that
 * "2021-04" gets the benefit of the doubt against a call closing on 19 April), and one whose
 * `submittedAt` falls outside that date in Korea time is refused. The reason names at most the first
 * three errors of `checkEligibility` (at the first instant tried), in its order, with no count of
 * the rest: `checkEligibility` on the application gives them all.
 */
export function eligibilityFailure(
  application: JsonValue,
  machine: Machine,
  submit?: unknown,
): Label | undefined {
  const app = application as { year?: unknown; subProgramId?: unknown; submittedAt?: unknown } | null;
  if (!isRecord(app)) {
    return label(
      "payload.application must be an application object",
      "payload.application은 신청서 객체여야 합니다",
    );
  }
  if (app.year !== machine.year || app.subProgramId !== machine.subProgramId) {
    const year = JSON.stringify(app.year);
    const id = JSON.stringify(app.subProgramId);
    return label(
      `the application is for ${year} ${id}, not ${machine.year} "${machine.subProgramId}"`,
      `신청서는 ${year}년 ${id} 대상이며 ${machine.year}년 "${machine.subProgramId}"이(가) 아닙니다`,
    );
  }
  const given = app.submittedAt;
  const at = submit as string;
  let asOf: (Date | undefined)[] = [undefined];
  if (isMoment(at)) {
    if (given === undefined) asOf = [earliestInstant(at), latestInstant(at)];
    else if (typeof given === "string") {
      const t = Date.parse(given);
      // the instant as a Seoul time ("2021-04-10T10:00"), cut to the submit entry's precision (a time
      // written in Korea time already is one: toISOString costs five times Date.parse)
      if (
        !Number.isNaN(t) &&
        (given.endsWith("+09:00") ? given : new Date(t + 324e5).toISOString()).slice(0, at.length) !== at
      ) {
        return label(
          `submittedAt ${given} is not within the submit entry's ${at} (Korea time)`,
          `submittedAt ${given}이(가) 제출 기록 ${at}(한국 시간)과 맞지 않습니다`,
        );
      }
    }
  }
  const rs = asOf.map((a) => checkEligibility(application, a && { asOf: a }));
  // eligible for this cycle: a proposal that rolls over to the next is screened there (roll-over)
  if (rs.some((r) => r.eligible && r.consideredFor === machine.year)) return undefined;
  const r = rs[0] as EligibilityResult;
  const errors = r.issues
    .filter((i) => i.severity === "error" || i.code === "ROLLS_OVER_TO_NEXT_CYCLE")
    .slice(0, 3);
  const [en, ko] = r.eligible
    ? ["not for this cycle", "이번 차수 대상 아님"]
    : ["not eligible", "신청 자격 없음"];
  const why = (lang: "en" | "ko") => errors.map((i) => `${i.code} (${i.message[lang]})`).join("; ");
  return label(`${en}: ${why("en")}`, `${ko}: ${why("ko")}`);
}
