/**
 * The few things selection takes from the programs, eligibility, money and timeline features, in
 * one place.
 *
 * @internal
 * @module
 */
import type { Label } from "../core/label.js";
import { checkEligibility } from "../eligibility/index.js";
import type { FundingRange } from "../money/index.js";
import { getSubProgram, type SubProgram } from "../programs/index.js";
import type { JsonValue, Machine } from "./types.js";

const MOMENT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?)?)?$/;

/**
 * Whether a string is a partial date in Korea time: `"2021"`, `"2021-06"`, `"2021-06-22"` or
 * `"2021-06-22T10:00"` (month, day, hour and minute in range; the day is not checked against the
 * month's length).
 */
export function isMoment(s: string): boolean {
  return MOMENT.test(s);
}

/**
 * Compares two partial dates already known to be valid: -1 when `a` is wholly before `b`, 1 when
 * wholly after, 0 when they overlap ("2021-06" and "2021-06-22"). The fixed-width format makes the
 * common prefix comparable code unit by code unit.
 */
export function compareValidMoments(a: string, b: string): -1 | 0 | 1 {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Compares two partial dates in Korea time: -1 when `a` is wholly before `b`, 1 when wholly after,
 * 0 when they overlap ("2021-06" and "2021-06-22"), `undefined` when either is not a date.
 */
export function compareMoments(a: string, b: string): -1 | 0 | 1 | undefined {
  if (!MOMENT.test(a) || !MOMENT.test(b)) return undefined;
  return compareValidMoments(a, b);
}

function subProgram(year: number, subProgramId: string): SubProgram | undefined {
  try {
    return getSubProgram(year, subProgramId);
  } catch {
    return undefined;
  }
}

const ranges = new Map<string, FundingRange | undefined>();

/**
 * The per-project funding range of a sub-program that an appropriation must respect: the call's
 * range, else the awarded range; `undefined` when neither is known or the sources give it only
 * approximately ("about 700M"), so that no tolerance has to be invented.
 */
export function fundingRangeFor(year: number, subProgramId: string): FundingRange | undefined {
  const key = `${year}/${subProgramId}`;
  if (ranges.has(key)) return ranges.get(key);
  const sub = subProgram(year, subProgramId);
  let range: FundingRange | undefined;
  if (sub && !sub.funding.approximate) {
    const { call, awarded } = sub.funding;
    range = call.known ? call.value : awarded.known ? awarded.value : undefined;
  }
  ranges.set(key, range);
  return range;
}

/** The rolling intake's cutoff of a sub-program, when it has a known one. */
export function rollingCutoffFor(year: number, subProgramId: string): string | undefined {
  const intake = subProgram(year, subProgramId)?.intake;
  return intake?.kind === "rolling" && intake.cutoff.known ? intake.cutoff.value : undefined;
}

/** Why an application (JSON form) is not eligible for the machine's edition, or `undefined`. */
export function eligibilityFailure(application: JsonValue, machine: Machine): Label | undefined {
  const app = application as { year?: unknown; subProgramId?: unknown } | null;
  if (typeof app !== "object" || app === null || Array.isArray(app)) {
    return {
      en: "payload.application must be an application object",
      ko: "payload.application은 신청서 객체여야 합니다",
    };
  }
  if (app.year !== machine.year || app.subProgramId !== machine.subProgramId) {
    return {
      en: `the application is for ${JSON.stringify(app.year)} ${JSON.stringify(app.subProgramId)}, not ${machine.year} "${machine.subProgramId}"`,
      ko: `신청서는 ${JSON.stringify(app.year)}년 ${JSON.stringify(app.subProgramId)} 대상이며 ${machine.year}년 "${machine.subProgramId}"이(가) 아닙니다`,
    };
  }
  const r = checkEligibility(application);
  if (r.eligible) return undefined;
  const errors = r.issues.filter((i) => i.severity === "error").slice(0, 3);
  return {
    en: `not eligible: ${errors.map((i) => `${i.code} (${i.message.en})`).join("; ")}`,
    ko: `지원 자격 없음: ${errors.map((i) => `${i.code} (${i.message.ko})`).join("; ")}`,
  };
}
