/**
 * Input guards shared by the timeline functions, so that bad input gives a {@link KcnError}, never a
 * `TypeError`.
 *
 * @internal
 * @module
 */

import { need } from "../core/need.js";
import type { ProjectSchedule } from "./planSchedule.js";

/** Throws `INVALID_INPUT` unless `value` looks like a schedule from `planSchedule`. */
export function assertSchedule(value: unknown): asserts value is ProjectSchedule {
  const s = value as ProjectSchedule | null;
  need(
    typeof s === "object" &&
      s !== null &&
      typeof s.projectId === "string" &&
      typeof s.start === "string" &&
      typeof s.end === "string" &&
      Array.isArray(s.milestones) &&
      s.milestones.every(
        (m) =>
          typeof m?.label?.en === "string" &&
          typeof m.label.ko === "string" &&
          typeof m.id === "string" &&
          typeof m.kind === "string" &&
          typeof m.due === "string",
      ),
    "INVALID_INPUT",
    "a schedule from planSchedule",
    value,
  );
}
