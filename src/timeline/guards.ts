/**
 * Input guards shared by the timeline functions, so that bad input gives a {@link KcnError}, never a
 * `TypeError`.
 *
 * @internal
 * @module
 */
import { describeReceived, KcnError } from "../errors.js";
import type { ProjectSchedule } from "./planSchedule.js";

/** Throws `INVALID_INPUT` unless `value` looks like a schedule from `planSchedule`. */
export function assertSchedule(value: unknown): asserts value is ProjectSchedule {
  const s = value as ProjectSchedule | null;
  if (
    typeof s !== "object" ||
    s === null ||
    typeof s.projectId !== "string" ||
    typeof s.start !== "string" ||
    typeof s.end !== "string" ||
    !Array.isArray(s.milestones) ||
    !s.milestones.every(
      (m) =>
        typeof m === "object" && m !== null && typeof m.due === "string" && typeof m.label?.en === "string",
    )
  ) {
    throw new KcnError(
      "INVALID_INPUT",
      `Expected a schedule from planSchedule, received ${describeReceived(value)}`,
      {
        received: describeReceived(value),
      },
    );
  }
}

/** Throws `INVALID_OPTIONS` unless `value` is `undefined` or a plain object. */
export function assertOptions(value: unknown): void {
  if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
    throw new KcnError("INVALID_OPTIONS", `Expected an options object, received ${describeReceived(value)}`, {
      received: describeReceived(value),
    });
  }
}
