/**
 * Input guards shared by the timeline functions, so that bad input gives a {@link KcnError}, never a
 * `TypeError`.
 *
 * @internal
 * @module
 */

import { isObject } from "../core/isObject.js";
import { INVALID_INPUT, need } from "../core/need.js";
import { isKrw } from "../money/index.js";
import type { ProjectSchedule } from "./planSchedule.js";

/** Throws `INVALID_INPUT` unless `value` looks like a schedule from `planSchedule`. */
export function assertSchedule(value: unknown): asserts value is ProjectSchedule {
  const s = value as ProjectSchedule | null;
  need(
    isObject(s) &&
      typeof s.projectId === "string" &&
      typeof s.start === "string" &&
      typeof s.end === "string" &&
      Array.isArray(s.milestones) &&
      (s.budget === undefined || isKrw(s.budget)) &&
      // Array.from makes a hole of a sparse array undefined (refused); every() alone skips holes
      Array.from(s.milestones).every(
        (m) =>
          typeof m?.label?.en === "string" &&
          typeof m.label.ko === "string" &&
          typeof m.id === "string" &&
          typeof m.kind === "string" &&
          typeof m.due === "string" &&
          // toMermaidGantt reads a payment's amount: null threw a TypeError
          (m.payment === undefined || isKrw(m.payment)),
      ),
    INVALID_INPUT,
    "a schedule from planSchedule",
    value,
  );
}
