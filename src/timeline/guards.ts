/**
 * Input guards shared by the timeline functions, so that bad input gives a {@link KcnError}, never a
 * `TypeError`.
 *
 * @internal
 * @module
 */

import { need } from "../core/need.js";
import type { FieldPath } from "../core/result.js";
import { isKrw } from "../money/index.js";
import { safeParsePartialDate } from "./partialDate.js";
import type { ProjectSchedule } from "./planSchedule.js";

/** What a schedule field must be, and its test (by index, as `assertSchedule` names them). */
const KINDS: readonly (readonly [string, (v: unknown) => unknown])[] = [
  ["a string", (v) => typeof v === "string"],
  ["a date", (v) => typeof v === "string" && safeParsePartialDate(v).ok],
  ["a Krw or absent", (v) => v === undefined || isKrw(v)],
  ["an object", (v) => typeof v === "object" && v !== null],
  ["an array", Array.isArray],
];

/**
 * Throws `INVALID_INPUT` unless `value` looks like a schedule from `planSchedule` in every field a
 * schedule consumer reads: `projectId`, `start`, `end`, `budget` and each milestone's `id`, `kind`,
 * `label`, `due` and `payment` (a hole in `milestones` is refused too). `details.path` says where
 * (`["milestones", 0, "payment"]`).
 */
export function assertSchedule(value: unknown): asserts value is ProjectSchedule {
  need(typeof value === "object" && value !== null, "INVALID_INPUT", "a schedule from planSchedule", value);
  // the field at `path` (its parents checked before it) is of KINDS[kind]
  const is = (kind: number, ...path: FieldPath): void => {
    const v = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], value);
    const [what, ok] = KINDS[kind] as (typeof KINDS)[0];
    need(ok(v), "INVALID_INPUT", `a schedule from planSchedule, with ${path.join(".")} ${what}`, v, { path });
  };
  is(0, "projectId");
  is(1, "start");
  is(1, "end");
  is(2, "budget");
  is(4, "milestones");
  // an index loop, not every(): every() skips the holes of a sparse array
  for (let i = 0; i < (value as ProjectSchedule).milestones.length; i++) {
    is(3, "milestones", i);
    is(0, "milestones", i, "id");
    is(0, "milestones", i, "kind");
    is(3, "milestones", i, "label");
    is(0, "milestones", i, "label", "en");
    is(0, "milestones", i, "label", "ko");
    is(1, "milestones", i, "due");
    is(2, "milestones", i, "payment");
  }
}
